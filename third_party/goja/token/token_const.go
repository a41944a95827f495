package token

const (
	_ Token = iota

	ILLEGAL
	EOF
	COMMENT

	STRING
	NUMBER

	PLUS      // +
	MINUS     // -
	MULTIPLY  // *
	EXPONENT  // **
	SLASH     // /
	REMAINDER // %

	AND                  // &
	OR                   // |
	EXCLUSIVE_OR         // ^
	SHIFT_LEFT           // <<
	SHIFT_RIGHT          // >>
	UNSIGNED_SHIFT_RIGHT // >>>

	ADD_ASSIGN       // +=
	SUBTRACT_ASSIGN  // -=
	MULTIPLY_ASSIGN  // *=
	EXPONENT_ASSIGN  // **=
	QUOTIENT_ASSIGN  // /=
	REMAINDER_ASSIGN // %=

	AND_ASSIGN                  // &=
	OR_ASSIGN                   // |=
	EXCLUSIVE_OR_ASSIGN         // ^=
	SHIFT_LEFT_ASSIGN           // <<=
	SHIFT_RIGHT_ASSIGN          // >>=
	UNSIGNED_SHIFT_RIGHT_ASSIGN // >>>=

	LOGICAL_AND // &&
	LOGICAL_OR  // ||
	COALESCE    // ??
	INCREMENT   // ++
	DECREMENT   // --

	LOGICAL_AND_ASSIGN // &&=
	LOGICAL_OR_ASSIGN  // ||=
	COALESCE_ASSIGN    // ??=

	EQUAL        // ==
	STRICT_EQUAL // ===
	LESS         // <
	GREATER      // >
	ASSIGN       // =
	NOT          // !

	BITWISE_NOT // ~

	NOT_EQUAL        // !=
	STRICT_NOT_EQUAL // !==
	LESS_OR_EQUAL    // <=
	GREATER_OR_EQUAL // >=

	LEFT_PARENTHESIS // (
	LEFT_BRACKET     // [
	LEFT_BRACE       // {
	COMMA            // ,
	PERIOD           // .

	RIGHT_PARENTHESIS // )
	RIGHT_BRACKET     // ]
	RIGHT_BRACE       // }
	SEMICOLON         // ;
	COLON             // :
	QUESTION_MARK     // ?
	QUESTION_DOT      // ?.
	ARROW             // =>
	ELLIPSIS          // ...
	BACKTICK          // `

	PRIVATE_IDENTIFIER

	// tokens below (and only them) are syntactically valid identifiers

	IDENTIFIER
	KEYWORD
	BOOLEAN
	NULL

	IF
	IN
	OF
	DO

	VAR
	FOR
	NEW
	TRY

	THIS
	ELSE
	CASE
	VOID
	WITH

	CONST
	WHILE
	BREAK
	CATCH
	THROW
	CLASS
	SUPER

	RETURN
	TYPEOF
	DELETE
	SWITCH

	DEFAULT
	FINALLY
	EXTENDS

	FUNCTION
	CONTINUE
	DEBUGGER

	INSTANCEOF

	ESCAPED_RESERVED_WORD
	// Non-reserved keywords below

	LET
	STATIC
	ASYNC
	AWAIT
	YIELD
)

var token2string = [...]string{
	ILLEGAL:                     "ILLEGAL",
	EOF:                         "EOF",
	COMMENT:                     "COMMENT",
	KEYWORD:                     "KEYWORD",
	STRING:                      "STRING",
	BOOLEAN:                     "BOOLEAN",
	NULL:                        "NULL",
	NUMBER:                      "NUMBER",
	IDENTIFIER:                  "IDENTIFIER",
	PRIVATE_IDENTIFIER:          "PRIVATE_IDENTIFIER",
	PLUS:                        "+",
	MINUS:                       "-",
	EXPONENT:                    "**",
	MULTIPLY:                    "*",
	SLASH:                       "/",
	REMAINDER:                   "%",
	AND:                         "&",
	OR:                          "|",
	EXCLUSIVE_OR:                "^",
	SHIFT_LEFT:                  "<<",
	SHIFT_RIGHT:                 ">>",
	UNSIGNED_SHIFT_RIGHT:        ">>>",
	ADD_ASSIGN:                  "+=",
	SUBTRACT_ASSIGN:             "-=",
	MULTIPLY_ASSIGN:             "*=",
	EXPONENT_ASSIGN:             "**=",
	QUOTIENT_ASSIGN:             "/=",
	REMAINDER_ASSIGN:            "%=",
	AND_ASSIGN:                  "&=",
	OR_ASSIGN:                   "|=",
	EXCLUSIVE_OR_ASSIGN:         "^=",
	SHIFT_LEFT_ASSIGN:           "<<=",
	SHIFT_RIGHT_ASSIGN:          ">>=",
	UNSIGNED_SHIFT_RIGHT_ASSIGN: ">>>=",
	LOGICAL_AND:                 "&&",
	LOGICAL_OR:                  "||",
	COALESCE:                    "??",
	INCREMENT:                   "++",
	DECREMENT:                   "--",
	LOGICAL_AND_ASSIGN:          "&&=",
	LOGICAL_OR_ASSIGN:           "||=",
	COALESCE_ASSIGN:             "??=",
	EQUAL:                       "==",
	STRICT_EQUAL:                "===",
	LESS:                        "<",
	GREATER:                     ">",
	ASSIGN:                      "=",
	NOT:                         "!",
	BITWISE_NOT:                 "~",
	NOT_EQUAL:                   "!=",
	STRICT_NOT_EQUAL:            "!==",
	LESS_OR_EQUAL:               "<=",
	GREATER_OR_EQUAL:            ">=",
	LEFT_PARENTHESIS:            "(",
	LEFT_BRACKET:                "[",
	LEFT_BRACE:                  "{",
	COMMA:                       ",",
	PERIOD:                      ".",
	RIGHT_PARENTHESIS:           ")",
	RIGHT_BRACKET:               "]",
	RIGHT_BRACE:                 "}",
	SEMICOLON:                   ";",
	COLON:                       ":",
	QUESTION_MARK:               "?",
	QUESTION_DOT:                "?.",
	ARROW:                       "=>",
	ELLIPSIS:                    "...",
	BACKTICK:                    "`",
	IF:                          "if",
	IN:                          "in",
	OF:                          "of",
	DO:                          "do",
	VAR:                         "var",
	LET:                         "let",
	FOR:                         "for",
	NEW:                         "new",
	TRY:                         "try",
	THIS:                        "this",
	ELSE:                        "else",
	CASE:                        "case",
	VOID:                        "void",
	WITH:                        "with",
	ASYNC:                       "async",
	AWAIT:                       "await",
	YIELD:                       "yield",
	CONST:                       "const",
	WHILE:                       "while",
	BREAK:                       "break",
	CATCH:                       "catch",
	THROW:                       "throw",
	CLASS:                       "class",
	SUPER:                       "super",
	RETURN:                      "return",
	TYPEOF:                      "typeof",
	DELETE:                      "delete",
	SWITCH:                      "switch",
	STATIC:                      "static",
	DEFAULT:                     "default",
	FINALLY:                     "finally",
	EXTENDS:                     "extends",
	FUNCTION:                    "function",
	CONTINUE:                    "continue",
	DEBUGGER:                    "debugger",
	INSTANCEOF:                  "instanceof",
}

// keyword returns what literal is as a keyword, if it is one (gonode: a
// switch rather than upstream's map, which hashed each identifier the
// scanner reads: a tenth of the instructions of a parse that skips function
// bodies).
func keyword(literal string) (_keyword, bool) {
	switch literal {
	case "if":
		return _keyword{token: IF}, true
	case "in":
		return _keyword{token: IN}, true
	case "do":
		return _keyword{token: DO}, true
	case "var":
		return _keyword{token: VAR}, true
	case "for":
		return _keyword{token: FOR}, true
	case "new":
		return _keyword{token: NEW}, true
	case "try":
		return _keyword{token: TRY}, true
	case "this":
		return _keyword{token: THIS}, true
	case "else":
		return _keyword{token: ELSE}, true
	case "case":
		return _keyword{token: CASE}, true
	case "void":
		return _keyword{token: VOID}, true
	case "with":
		return _keyword{token: WITH}, true
	case "async":
		return _keyword{token: ASYNC}, true
	case "while":
		return _keyword{token: WHILE}, true
	case "break":
		return _keyword{token: BREAK}, true
	case "catch":
		return _keyword{token: CATCH}, true
	case "throw":
		return _keyword{token: THROW}, true
	case "return":
		return _keyword{token: RETURN}, true
	case "typeof":
		return _keyword{token: TYPEOF}, true
	case "delete":
		return _keyword{token: DELETE}, true
	case "switch":
		return _keyword{token: SWITCH}, true
	case "default":
		return _keyword{token: DEFAULT}, true
	case "finally":
		return _keyword{token: FINALLY}, true
	case "function":
		return _keyword{token: FUNCTION}, true
	case "continue":
		return _keyword{token: CONTINUE}, true
	case "debugger":
		return _keyword{token: DEBUGGER}, true
	case "instanceof":
		return _keyword{token: INSTANCEOF}, true
	case "const":
		return _keyword{token: CONST}, true
	case "class":
		return _keyword{token: CLASS}, true
	case "enum":
		return _keyword{token: KEYWORD, futureKeyword: true}, true
	case "export":
		return _keyword{token: KEYWORD, futureKeyword: true}, true
	case "extends":
		return _keyword{token: EXTENDS}, true
	case "import":
		return _keyword{token: KEYWORD, futureKeyword: true}, true
	case "super":
		return _keyword{token: SUPER}, true
	case "let":
		return _keyword{token: LET, strict: true}, true
	case "static":
		return _keyword{token: STATIC, strict: true}, true
	case "await":
		return _keyword{token: AWAIT}, true
	case "yield":
		return _keyword{token: YIELD}, true
	case "false":
		return _keyword{token: BOOLEAN}, true
	case "true":
		return _keyword{token: BOOLEAN}, true
	case "null":
		return _keyword{token: NULL}, true
	}
	return _keyword{}, false
}

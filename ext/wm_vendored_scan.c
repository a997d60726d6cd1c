/* wm_vendored_scan.c: what a PHP source declares at its top level (classes, interfaces,
 * traits, enums, constants, named functions), read with the engine's own lexer so strings,
 * heredocs and comments never fool it, and whether all of it is ours already. It compiles
 * nothing and runs nothing; wm_vendored.c decides what to do with the answer. */
#include "wm_private.h"
#include "wm_vendored.h"
#include "zend_language_scanner.h"
#include "zend_language_scanner_defs.h"
#include "zend_language_parser.h"

/* What the previous keyword announced the next token to be. */
typedef enum {
	WM_EXPECT_NOTHING,
	WM_EXPECT_NAMESPACE,
	WM_EXPECT_CLASS_NAME,
	WM_EXPECT_FUNCTION_NAME,
	WM_EXPECT_CONST_NAME,
	WM_EXPECT_DEFINE_PAREN,
	WM_EXPECT_DEFINE_NAME,
} wm_vendored_expect;

typedef struct {
	zend_string *ns;          /* the namespace now declared, NULL for the global one */
	int depth;                /* braces open */
	int body_depth;           /* > 0: inside a class or function body opened at this depth */
	int nesting;              /* ( and [ open in a const statement, whose commas list names */
	int prev;                 /* the previous token that is not whitespace or a comment */
	wm_vendored_expect expect;
	bool body_pending;        /* a class or function header: its next { opens a body */
	bool in_const;
	bool constants_file;
	int module_number;
	uint32_t declared;
	bool foreign;             /* declares something that is not ours: compile the file */
} wm_vendored_scan;

static void wm_vendored_class(wm_vendored_scan *scan, const char *name, size_t len)
{
	zend_string *qualified = scan->ns
		? zend_string_concat3(ZSTR_VAL(scan->ns), ZSTR_LEN(scan->ns), "\\", 1, name, len)
		: zend_string_init(name, len, 0);
	zend_class_entry *ce = zend_hash_find_ptr_lc(EG(class_table), qualified);
	bool ours = ce && ce->type == ZEND_INTERNAL_CLASS && ce->info.internal.module
		&& ce->info.internal.module->module_number == scan->module_number
		&& ZSTR_LEN(qualified) > 10 && strncasecmp(ZSTR_VAL(qualified), "Workerman\\", 10) == 0;
	if (scan->constants_file ? !ce : !ours) {
		scan->foreign = true;
	}
	scan->declared++;
	zend_string_release(qualified);
}

static void wm_vendored_constant(wm_vendored_scan *scan, const char *name, size_t len)
{
	zend_constant *c = scan->ns ? NULL : zend_hash_str_find_ptr(EG(zend_constants), name, len);
	if (!c || ZEND_CONSTANT_MODULE_NUMBER(c) != scan->module_number) {
		scan->foreign = true;
	}
	scan->declared++;
}

/* The token after a keyword that names something: the name, or nothing declared. */
static void wm_vendored_expected(wm_vendored_scan *scan, int token, const char *text, size_t len, zval *value)
{
	wm_vendored_expect expect = scan->expect;
	scan->expect = WM_EXPECT_NOTHING;
	switch (expect) {
	case WM_EXPECT_NAMESPACE:
		if (scan->ns) {
			zend_string_release(scan->ns);
		}
		/* `namespace {` opens the global one. */
		scan->ns = token == T_STRING || token == T_NAME_QUALIFIED ? zend_string_init(text, len, 0) : NULL;
		break;
	case WM_EXPECT_CLASS_NAME:
		if (token == T_STRING) {
			wm_vendored_class(scan, text, len);
		}
		break;
	case WM_EXPECT_FUNCTION_NAME:
		if (token == '&') {
			scan->expect = WM_EXPECT_FUNCTION_NAME;
		} else if (token == T_STRING) {
			scan->foreign = true; /* a function of the file's own: we have none to stand in */
		}
		break;
	case WM_EXPECT_CONST_NAME:
		if (token == T_STRING) {
			wm_vendored_constant(scan, text, len);
		}
		break;
	case WM_EXPECT_DEFINE_PAREN:
		scan->expect = token == '(' ? WM_EXPECT_DEFINE_NAME : WM_EXPECT_NOTHING;
		break;
	case WM_EXPECT_DEFINE_NAME:
		if (token == T_CONSTANT_ENCAPSED_STRING && Z_TYPE_P(value) == IS_STRING) {
			wm_vendored_constant(scan, Z_STRVAL_P(value), Z_STRLEN_P(value));
		} else {
			scan->foreign = true; /* a name computed at run time */
		}
		break;
	case WM_EXPECT_NOTHING:
		break;
	}
}

static bool wm_vendored_is_define(int token, const char *text, size_t len)
{
	if (token == T_NAME_FULLY_QUALIFIED && len > 1) {
		text++;
		len--;
	} else if (token != T_STRING) {
		return false;
	}
	return len == 6 && strncasecmp(text, "define", 6) == 0;
}

/* A token outside class and function bodies. */
static void wm_vendored_top_level(wm_vendored_scan *scan, int token, const char *text, size_t len, zval *value)
{
	if (scan->expect != WM_EXPECT_NOTHING) {
		wm_vendored_expected(scan, token, text, len, value);
		return;
	}
	switch (token) {
	case T_NAMESPACE:
		scan->expect = WM_EXPECT_NAMESPACE;
		break;
	case T_CLASS: case T_INTERFACE: case T_TRAIT: case T_ENUM:
		if (scan->prev != T_PAAMAYIM_NEKUDOTAYIM) { /* Foo::class names, never declares */
			scan->body_pending = true;
			scan->expect = scan->prev == T_NEW ? WM_EXPECT_NOTHING : WM_EXPECT_CLASS_NAME;
		}
		break;
	case T_FUNCTION:
		if (scan->prev != T_USE) {
			scan->body_pending = true;
			scan->expect = WM_EXPECT_FUNCTION_NAME;
		}
		break;
	case T_CONST:
		if (scan->prev != T_USE) {
			scan->in_const = true;
			scan->nesting = 0;
			scan->expect = WM_EXPECT_CONST_NAME;
		}
		break;
	case '(': case '[':
		scan->nesting++;
		break;
	case ')': case ']':
		scan->nesting--;
		break;
	case ',':
		if (scan->in_const && scan->nesting == 0) {
			scan->expect = WM_EXPECT_CONST_NAME;
		}
		break;
	case ';':
		scan->in_const = false;
		break;
	case T_INLINE_HTML:
		scan->foreign = true; /* output the file would print */
		break;
	default:
		if (wm_vendored_is_define(token, text, len) && scan->prev != T_OBJECT_OPERATOR
			&& scan->prev != T_NULLSAFE_OBJECT_OPERATOR && scan->prev != T_PAAMAYIM_NEKUDOTAYIM) {
			scan->expect = WM_EXPECT_DEFINE_PAREN;
		}
		break;
	}
}

static void wm_vendored_token(wm_vendored_scan *scan, int token, const char *text, size_t len, zval *value)
{
	switch (token) {
	case T_WHITESPACE: case T_COMMENT: case T_DOC_COMMENT: case T_OPEN_TAG: case T_CLOSE_TAG:
		return;
	case '{': case T_CURLY_OPEN: case T_DOLLAR_OPEN_CURLY_BRACES:
		scan->depth++;
		if (token == '{' && scan->body_pending && !scan->body_depth) {
			scan->body_depth = scan->depth;
			scan->body_pending = false;
		}
		break;
	case '}':
		if (scan->depth == scan->body_depth) {
			scan->body_depth = 0;
		}
		scan->depth--;
		break;
	}
	if (!scan->body_depth) {
		wm_vendored_top_level(scan, token, text, len, value);
	}
	scan->prev = token;
}

bool wm_vendored_declares_only_ours(const char *source, size_t len, zend_string *path,
	bool constants_file, int module_number)
{
	wm_vendored_scan scan = {.constants_file = constants_file, .module_number = module_number};
	bool had_exception = EG(exception) != NULL;
	/* The lexer keeps the last doc comment for the compiler: keep the one a caller may own. */
	zend_string *doc_comment = CG(doc_comment);
	CG(doc_comment) = NULL;
	zend_lex_state saved;
	zval copy, value;
	ZVAL_STR(&copy, zend_string_init(source, len, 0));
	zend_save_lexical_state(&saved);
	zend_prepare_string_for_scanning(&copy, path);
	LANG_SCNG(yy_state) = yycINITIAL;
	int token;
	while (!scan.foreign && (token = lex_scan(&value, NULL)) != 0) {
		if (token == T_ERROR) {
			scan.foreign = true;
		} else if (token != T_HALT_COMPILER) {
			wm_vendored_token(&scan, token, (const char *) LANG_SCNG(yy_text), LANG_SCNG(yy_leng), &value);
		}
		zval_ptr_dtor_nogc(&value);
		if (token == T_HALT_COMPILER) {
			break; /* the rest is data */
		}
	}
	zend_restore_lexical_state(&saved);
	zval_ptr_dtor_str(&copy);
	if (CG(doc_comment)) {
		zend_string_release(CG(doc_comment));
	}
	CG(doc_comment) = doc_comment;
	if (scan.ns) {
		zend_string_release(scan.ns);
	}
	if (!had_exception && EG(exception)) {
		zend_clear_exception();
		return false;
	}
	return !scan.foreign && scan.declared > 0 && scan.depth == 0;
}

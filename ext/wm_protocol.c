/* wm_protocol.c: protocol resolution (scheme -> class) and the Workerman\Autoloader.
 * SKELETON: the {input, decode, encode} vtable with C parsers for Text and Frame and the
 * PHP-class fallback are still to come (see the issue). */
#include "wm_private.h"
#include "wm_protocol.h"
#include "protocols_arginfo.h"

zend_class_entry *wm_ce_ProtocolInterface;
zend_class_entry *wm_ce_Text;
zend_class_entry *wm_ce_Frame;
static zend_class_entry *wm_ce_Autoloader;

static bool wm_class_exists(zend_string *name)
{
	return zend_lookup_class(name) != NULL;
}

zend_string *wm_protocol_resolve_scheme(const char *scheme, size_t len)
{
	zend_string *ucfirst = zend_string_init(scheme, len, 0);
	ZSTR_VAL(ucfirst)[0] = (char)toupper((unsigned char)ZSTR_VAL(ucfirst)[0]);
	zend_string *user_class = ZSTR_VAL(ucfirst)[0] == '\\'
		? zend_string_copy(ucfirst)
		: zend_string_concat2("Protocols\\", sizeof("Protocols\\") - 1, ZSTR_VAL(ucfirst), ZSTR_LEN(ucfirst));
	if (wm_class_exists(user_class)) {
		zend_string_release(ucfirst);
		return user_class;
	}
	zend_string_release(user_class);
	zend_string *builtin = zend_string_concat2("Workerman\\Protocols\\", sizeof("Workerman\\Protocols\\") - 1,
		ZSTR_VAL(ucfirst), ZSTR_LEN(ucfirst));
	if (wm_class_exists(builtin)) {
		zend_string_release(ucfirst);
		return builtin;
	}
	zend_string_release(builtin);
	zend_throw_exception_ex(NULL, 0, "class \\Protocols\\%s not exist", ZSTR_VAL(ucfirst));
	zend_string_release(ucfirst);
	return NULL;
}

ZEND_METHOD(Workerman_Autoloader, setRootPath)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();
}

ZEND_METHOD(Workerman_Autoloader, loadByNamespace)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_FALSE;
}

void wm_protocol_minit(void)
{
	wm_ce_ProtocolInterface = register_class_Workerman_Protocols_ProtocolInterface();
	wm_ce_Text = register_class_Workerman_Protocols_Text();
	wm_ce_Frame = register_class_Workerman_Protocols_Frame();
	wm_ce_Autoloader = register_class_Workerman_Autoloader();
}

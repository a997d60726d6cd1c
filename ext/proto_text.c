/* proto_text.c: Workerman\Protocols\Text: one package per "\n"-terminated line.
 * SKELETON: PHP-callable statics only; the C fast path on the receive buffer is to come. */
#include "wm_private.h"

ZEND_METHOD(Workerman_Protocols_Text, input)
{
	zend_string *buffer;
	zval *connection = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	const char *nl = memchr(ZSTR_VAL(buffer), '\n', ZSTR_LEN(buffer));
	RETURN_LONG(nl ? (zend_long)(nl - ZSTR_VAL(buffer)) + 1 : 0);
}

ZEND_METHOD(Workerman_Protocols_Text, encode)
{
	zval *data;
	zval *connection = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *text = zval_try_get_string(data);
	if (!text) {
		RETURN_THROWS();
	}
	RETVAL_STR(zend_string_concat2(ZSTR_VAL(text), ZSTR_LEN(text), "\n", 1));
	zend_string_release(text);
}

ZEND_METHOD(Workerman_Protocols_Text, decode)
{
	zend_string *buffer;
	zval *connection = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	size_t len = ZSTR_LEN(buffer);
	while (len > 0 && (ZSTR_VAL(buffer)[len - 1] == '\r' || ZSTR_VAL(buffer)[len - 1] == '\n')) {
		len--;
	}
	RETURN_STRINGL(ZSTR_VAL(buffer), len);
}

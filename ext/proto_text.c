/* proto_text.c: Workerman\Protocols\Text: one package per "\n"-terminated line.
 * The pure C parser (wm_text_*, wm_framing.h) runs on connection buffers without PHP; the
 * static methods below serve PHP code that calls Text::input/decode/encode directly. */
#include "wm_private.h"
#include "wm_framing.h"
#include "wm_conn_proto.h"

ZEND_METHOD(Workerman_Protocols_Text, input)
{
	zend_string *buffer;
	zval *connection = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	zend_long max = ZEND_LONG_MAX;
	if (connection && Z_TYPE_P(connection) == IS_OBJECT && wm_conn_max_package_size(Z_OBJ_P(connection), &max)
		&& (zend_long)ZSTR_LEN(buffer) >= max) {
		zend_call_method_with_0_params(Z_OBJ_P(connection), Z_OBJCE_P(connection), NULL, "close", NULL);
		RETURN_LONG(0);
	}
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
	size_t len = wm_text_decoded_len(ZSTR_VAL(buffer), ZSTR_LEN(buffer));
	if (len == ZSTR_LEN(buffer)) {
		RETURN_STR_COPY(buffer);
	}
	RETURN_STRINGL(ZSTR_VAL(buffer), len);
}

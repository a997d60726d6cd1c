/* proto_frame.c: Workerman\Protocols\Frame: a 4-byte big-endian total length (header
 * included), then the data. The pure C parser (wm_frame_*, wm_framing.h) runs on
 * connection buffers; the static methods serve PHP code that calls Frame::input/decode/encode
 * directly. */
#include "wm_private.h"
#include "wm_framing.h"

ZEND_METHOD(Workerman_Protocols_Frame, input)
{
	zend_string *buffer;
	zval *connection = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_LONG((zend_long)wm_frame_input(ZSTR_VAL(buffer), ZSTR_LEN(buffer)));
}

ZEND_METHOD(Workerman_Protocols_Frame, decode)
{
	zend_string *buffer;
	zval *connection = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(buffer) <= 4) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRINGL(ZSTR_VAL(buffer) + 4, ZSTR_LEN(buffer) - 4);
}

ZEND_METHOD(Workerman_Protocols_Frame, encode)
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
	zend_string *out = zend_string_alloc(ZSTR_LEN(text) + 4, 0);
	wm_frame_header((unsigned char *)ZSTR_VAL(out), ZSTR_LEN(text));
	memcpy(ZSTR_VAL(out) + 4, ZSTR_VAL(text), ZSTR_LEN(text));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	zend_string_release(text);
	RETURN_NEW_STR(out);
}

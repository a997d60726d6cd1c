/* proto_frame.c: Workerman\Protocols\Frame: a 4-byte big-endian total length (header
 * included), then the data. The pure C parser (wm_frame_*) runs on connection buffers;
 * the static methods serve PHP code that calls Frame::input/decode/encode directly. */
#include "wm_private.h"
#include "wm_protocol.h"

uint32_t wm_frame_input(const char *buf, size_t len)
{
	if (len < 4) {
		return 0;
	}
	const unsigned char *p = (const unsigned char *)buf;
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

void wm_frame_header(unsigned char out[4], size_t payload_len)
{
	/* pack('N') keeps the low 32 bits, as Workerman does for oversized data. */
	uint32_t total = (uint32_t)(payload_len + 4);
	out[0] = (unsigned char)(total >> 24);
	out[1] = (unsigned char)(total >> 16);
	out[2] = (unsigned char)(total >> 8);
	out[3] = (unsigned char)total;
}

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

/* proto_frame.c: Workerman\Protocols\Frame: a 4-byte big-endian total length, then data.
 * SKELETON: PHP-callable statics only; the C fast path on the receive buffer is to come. */
#include "wm_private.h"

ZEND_METHOD(Workerman_Protocols_Frame, input)
{
	zend_string *buffer;
	zval *connection = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(buffer) < 4) {
		RETURN_LONG(0);
	}
	const unsigned char *p = (const unsigned char *)ZSTR_VAL(buffer);
	RETURN_LONG(((zend_long)p[0] << 24) | ((zend_long)p[1] << 16) | ((zend_long)p[2] << 8) | (zend_long)p[3]);
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
	size_t total = ZSTR_LEN(text) + 4;
	zend_string *out = zend_string_alloc(total, 0);
	unsigned char *p = (unsigned char *)ZSTR_VAL(out);
	p[0] = (unsigned char)(total >> 24);
	p[1] = (unsigned char)(total >> 16);
	p[2] = (unsigned char)(total >> 8);
	p[3] = (unsigned char)total;
	memcpy(p + 4, ZSTR_VAL(text), ZSTR_LEN(text));
	ZSTR_VAL(out)[total] = '\0';
	zend_string_release(text);
	RETURN_NEW_STR(out);
}

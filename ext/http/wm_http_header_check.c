/* wm_http_header_check.c: refuses CR, LF and NUL in the header names and values the
 * extension writes (Response, $connection->headers, WebSocket handshakes), so an app echoing
 * client input cannot split a response (PHP's header() refuses them too; Workerman does not).
 * Throws InvalidArgumentException naming the header; never writes anything itself. */
#include "wm_http.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

/* Whether one of the 8 bytes of x is below 14 ('\r' + 1): hasless(x, 14) of the bit hacks. */
static zend_always_inline bool word_has_low(uint64_t x)
{
	return ((x - 0x0E0E0E0E0E0E0E0EULL) & ~x & 0x8080808080808080ULL) != 0;
}

static zend_never_inline const char *bad_byte_slow(const char *p, const char *end)
{
	for (; p < end; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '\r' || c == '\n' || c == '\0') {
			return p;
		}
	}
	return NULL;
}

/* The first CR, LF or NUL of p, or NULL. Header text has no byte below 14, so a word test
 * per 8 bytes (the last word overlapping, a short string padded with spaces) answers the
 * common case; only a word with a low byte (a tab too) is looked at byte by byte. */
static zend_always_inline const char *bad_byte(const char *p, size_t len)
{
	uint64_t x;
	if (len < 8) {
		x = 0x2020202020202020ULL;
		memcpy(&x, p, len);
		return UNEXPECTED(word_has_low(x)) ? bad_byte_slow(p, p + len) : NULL;
	}
	const char *start = p, *last = p + len - 8;
	for (; p < last; p += 8) {
		memcpy(&x, p, 8);
		if (UNEXPECTED(word_has_low(x))) {
			return bad_byte_slow(start, start + len);
		}
	}
	memcpy(&x, last, 8);
	return UNEXPECTED(word_has_low(x)) ? bad_byte_slow(start, start + len) : NULL;
}

const char *wm_http_header_bad_byte(const char *p, size_t len)
{
	return bad_byte(p, len);
}

/* "X-Foo" with CR, LF and NUL shown as \r, \n and \0, for the message. */
static zend_string *wm_http_printable(const char *p, size_t len)
{
	smart_str out = {0};
	for (size_t i = 0; i < len && i < 128; i++) {
		switch (p[i]) {
		case '\r': smart_str_appendl(&out, "\\r", 2); break;
		case '\n': smart_str_appendl(&out, "\\n", 2); break;
		case '\0': smart_str_appendl(&out, "\\0", 2); break;
		default: smart_str_appendc(&out, p[i]);
		}
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* PHP's header() wording, with the header named. */
static void wm_http_throw_bad(const char *what, const char *name, size_t name_len, char bad)
{
	zend_string *shown = wm_http_printable(name, name_len);
	if (bad == '\0') {
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0,
			"%s '%s' may not contain NUL bytes", what, ZSTR_VAL(shown));
	} else {
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0,
			"%s '%s' may not contain more than a single header, new line detected", what, ZSTR_VAL(shown));
	}
	zend_string_release(shown);
}

zend_result wm_http_bytes_check(const char *what, const char *name, size_t name_len, const char *p, size_t len)
{
	const char *bad = bad_byte(p, len);
	if (EXPECTED(!bad)) {
		return SUCCESS;
	}
	wm_http_throw_bad(what, name, name_len, *bad);
	return FAILURE;
}

/* One value (not a list). Numbers, booleans, null and "Array" print no CR/LF/NUL; objects
 * are left to the writer, which checks their string when it calls __toString (Workerman
 * converts them only then). */
static zend_always_inline zend_result value_check(const char *name, size_t name_len, zval *value)
{
	ZVAL_DEREF(value);
	if (EXPECTED(Z_TYPE_P(value) == IS_STRING)) {
		const char *bad = bad_byte(Z_STRVAL_P(value), Z_STRLEN_P(value));
		if (UNEXPECTED(bad)) {
			wm_http_throw_bad("Header", name, name_len, *bad);
			return FAILURE;
		}
	}
	return SUCCESS;
}

/* A list value: each item is a line of its own. */
static zend_never_inline zend_result list_check(const char *name, size_t name_len, HashTable *items)
{
	zval *item;
	ZEND_HASH_FOREACH_VAL(items, item) {
		if (value_check(name, name_len, item) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

static zend_always_inline zend_result header_check(zend_string *name, zend_ulong index, zval *value)
{
	char num[MAX_LENGTH_OF_LONG + 1];
	const char *name_val;
	size_t name_len;
	if (EXPECTED(name != NULL)) {
		name_val = ZSTR_VAL(name);
		name_len = ZSTR_LEN(name);
		const char *bad = bad_byte(name_val, name_len);
		if (UNEXPECTED(bad)) {
			wm_http_throw_bad("Header name", name_val, name_len, *bad);
			return FAILURE;
		}
	} else {
		char *end = num + sizeof(num) - 1;
		name_val = zend_print_long_to_buf(end, (zend_long)index);
		name_len = end - name_val;
	}
	ZVAL_DEREF(value);
	if (UNEXPECTED(Z_TYPE_P(value) == IS_ARRAY)) {
		return list_check(name_val, name_len, Z_ARRVAL_P(value));
	}
	return value_check(name_val, name_len, value);
}

zend_result wm_http_header_check(zend_string *name, zend_ulong index, zval *value)
{
	return header_check(name, index, value);
}

zend_result wm_http_header_zval_check(zval *name, zval *value)
{
	ZVAL_DEREF(name);
	if (Z_TYPE_P(name) == IS_STRING) {
		return wm_http_header_check(Z_STR_P(name), 0, value);
	}
	if (Z_TYPE_P(name) == IS_LONG) {
		return wm_http_header_check(NULL, (zend_ulong)Z_LVAL_P(name), value);
	}
	/* other key types become "" or an integer key: only the value can carry bytes */
	return wm_http_header_check(NULL, 0, value);
}

zend_result wm_http_headers_check(HashTable *headers)
{
	zend_string *name;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(headers, index, name, value) {
		if (UNEXPECTED(header_check(name, index, value) == FAILURE)) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* The name of a raw "Name: value" line, for the message. */
static size_t wm_http_line_name_len(const char *line, size_t len)
{
	const char *colon = memchr(line, ':', len);
	return colon ? (size_t)(colon - line) : len;
}

zend_result wm_http_header_lines_check(const char *p, size_t len, bool block)
{
	const char *end = p + len, *line = p;
	for (;;) {
		const char *eol = block ? zend_memnstr(line, "\r\n", 2, end) : NULL;
		size_t line_len = (size_t)((eol ? eol : end) - line);
		const char *bad = bad_byte(line, line_len);
		/* an empty line inside a block (or a trailing CRLF) would end the head early: what
		 * follows becomes the body */
		if (UNEXPECTED(bad)) {
			wm_http_throw_bad("Header", line, wm_http_line_name_len(line, line_len), *bad);
			return FAILURE;
		}
		if (UNEXPECTED(block && !line_len && len)) {
			zend_throw_exception(spl_ce_InvalidArgumentException,
				"Header lines may not contain an empty line, new line detected", 0);
			return FAILURE;
		}
		if (!eol) {
			return SUCCESS;
		}
		line = eol + 2;
	}
}

/* wm_http_multipart.c: request bodies as Workerman 4.2.1's Request decodes them: parse_str()
 * through the SAPI like PHP's own, the regexes 4.x runs on Content-Type and on part headers
 * written out in C with the same results, and multipart/form-data fields and uploads (temp
 * files workerman.upload.* in Http::uploadTmpDir()), with PHP's rules where Workerman has
 * none: file names through basename(), at most max_file_uploads files. Called by wm_http_request.c only.
 * Only Http::uploadTmpDir() is called in PHP; removing temp files never calls PHP. */
#include "wm_http_multipart.h"
#include "wm_api.h"
#include "wm_http.h"
#include "php_variables.h"
#include "php_open_temporary_file.h"
#include "fopen_wrappers.h"
#include "ext/standard/url.h"

/* UPLOAD_ERR_* values 4.x reports (PHP's constants of the same names). */
#define WM_UPLOAD_ERR_NO_FILE    4
#define WM_UPLOAD_ERR_NO_TMP_DIR 6
#define WM_UPLOAD_ERR_CANT_WRITE 7

static zend_string *wm_mp_str_tmp_name, *wm_mp_str_size, *wm_mp_str_error;

void wm_http_multipart_minit(void)
{
	wm_mp_str_tmp_name = zend_string_init_interned("tmp_name", sizeof("tmp_name") - 1, 1);
	wm_mp_str_size = zend_string_init_interned("size", sizeof("size") - 1, 1);
	wm_mp_str_error = zend_string_init_interned("error", sizeof("error") - 1, 1);
}

void wm_http_tmp_files_add(wm_http_tmp_files *tmp, zend_string *path)
{
	/* capacity: the next power of two, so a request with many files grows in O(log n) steps */
	if ((tmp->count & (tmp->count - 1)) == 0) {
		tmp->paths = erealloc(tmp->paths, sizeof(zend_string *) * (tmp->count ? tmp->count * 2 : 1));
	}
	tmp->paths[tmp->count++] = path;
}

void wm_http_tmp_files_remove(wm_http_tmp_files *tmp)
{
	for (uint32_t i = 0; i < tmp->count; i++) {
		/* the application may have moved it away: a failing unlink is fine */
		VCWD_UNLINK(ZSTR_VAL(tmp->paths[i]));
		zend_string_release(tmp->paths[i]);
	}
	if (tmp->paths) {
		efree(tmp->paths);
	}
	tmp->paths = NULL;
	tmp->count = 0;
}

void wm_http_parse_str(const char *s, size_t len, zval *out)
{
	if (len == 0) {
		ZVAL_EMPTY_ARRAY(out);
		return;
	}
	array_init(out);
	/* treat_data takes the buffer for PARSE_STRING and frees it */
	sapi_module.treat_data(PARSE_STRING, estrndup(s, len), out);
}

static bool wm_pcre_word(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool wm_pcre_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* PHP's trim()/ltrim() default set. */
static bool wm_php_trim_char(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

/* lit is lower-case. */
static const char *wm_mp_find_ci(const char *s, const char *e, const char *lit, size_t n)
{
	for (; e - s >= (ptrdiff_t)n; s++) {
		if (zend_tolower_ascii(*s) == lit[0] && zend_binary_strncasecmp(s, n, lit, n, n) == 0) {
			return s;
		}
	}
	return NULL;
}

bool wm_http_is_json(const char *ct, size_t len)
{
	const char *end = ct + len;
	for (const char *p = ct; (p = wm_mp_find_ci(p, end, "json", 4)) != NULL; p++) {
		if ((p == ct || !wm_pcre_word(p[-1])) && (p + 4 == end || !wm_pcre_word(p[4]))) {
			return true;
		}
	}
	return false;
}

bool wm_http_multipart_boundary(const char *ct, size_t len, const char **m, size_t *m_len)
{
	const char *end = ct + len;
	for (const char *p = ct; (p = zend_memnstr(p, "boundary=", 9, end)) != NULL; p++) {
		const char *s = p + 9;
		/* `"?` takes a quote only when `\S+` still has a byte after it */
		if (s + 1 < end && *s == '"' && !wm_pcre_space(s[1])) {
			s++;
		}
		if (s < end && !wm_pcre_space(*s)) {
			const char *e = s;
			while (e < end && !wm_pcre_space(*e)) {
				e++;
			}
			*m = s;
			*m_len = e - s;
			return true;
		}
	}
	return false;
}

/* preg_match('/name="(.*?)"; filename="(.*?)"/i', $value): '.' stops at "\n", so each
 * "\n"-free stretch is tried alone. In a stretch only the first name=" and the first
 * "; filename=" after it matter: every later pairing has a subset of their candidates. */
static bool wm_mp_match_file(const char *v, const char *ve, const char **n, size_t *n_len,
	const char **f, size_t *f_len)
{
	while (v < ve) {
		const char *nl = memchr(v, '\n', ve - v);
		const char *se = nl ? nl : ve;
		const char *a = wm_mp_find_ci(v, se, "name=\"", 6);
		const char *b = a ? wm_mp_find_ci(a + 6, se, "\"; filename=\"", 13) : NULL;
		const char *q = b ? memchr(b + 13, '"', se - (b + 13)) : NULL;
		if (q) {
			*n = a + 6;
			*n_len = b - *n;
			*f = b + 13;
			*f_len = q - *f;
			return true;
		}
		if (!nl) {
			break;
		}
		v = nl + 1;
	}
	return false;
}

/* preg_match('/name="(.*?)"$/', $value): the closing quote is the last byte or the one
 * before a final "\n"; the leftmost name=" after the last "\n" before it wins. */
static bool wm_mp_match_field(const char *v, const char *ve, const char **k, size_t *k_len)
{
	const char *q;
	if (ve > v && ve[-1] == '"') {
		q = ve - 1;
	} else if (ve - v >= 2 && ve[-1] == '\n' && ve[-2] == '"') {
		q = ve - 2;
	} else {
		return false;
	}
	const char *nl = zend_memrchr(v, '\n', q - v);
	const char *a = zend_memnstr(nl ? nl + 1 : v, "name=\"", 6, q);
	if (!a) {
		return false;
	}
	*k = a + 6;
	*k_len = q - *k;
	return true;
}

/* Http::uploadTmpDir(); NULL when it is falsy (4.x tests it with a plain if). */
static zend_string *wm_mp_upload_tmp_dir(void)
{
	zend_string *dir = wm_http_upload_tmp_dir();
	if (!dir || !ZSTR_LEN(dir) || (ZSTR_LEN(dir) == 1 && ZSTR_VAL(dir)[0] == '0')) {
		return NULL;
	}
	return zend_string_copy(dir);
}

typedef struct {
	const char *buf;
	size_t len;
	const char *bnd;         /* "\r\n--<boundary>" */
	size_t bnd_len;
	smart_str post;          /* the url-encoded strings 4.x builds, then parse_str()s */
	smart_str files;
	zval file_list;          /* the file entries, indexed as files encodes them */
	zend_string *tmp_dir;
	bool tmp_dir_known;
	zend_long files_left;    /* PHP's max_file_uploads: later file parts are skipped */
	wm_http_tmp_files *tmp;
} wm_mp;

static void wm_mp_urlencode(smart_str *out, const char *s, size_t len)
{
	zend_string *enc = php_url_encode(s, len);
	smart_str_append(out, enc);
	zend_string_release(enc);
}

/* tempnam($dir, 'workerman.upload.') + file_put_contents(): the path, or NULL. */
static zend_string *wm_mp_write_tmp(wm_mp *m, const char *data, size_t len, bool *written)
{
	zend_string *path = NULL;
	*written = false;
	if (php_check_open_basedir(ZSTR_VAL(m->tmp_dir))) {
		return NULL;
	}
	int fd = php_open_temporary_fd_ex(ZSTR_VAL(m->tmp_dir), "workerman.upload.", &path,
		PHP_TMP_FILE_OPEN_BASEDIR_CHECK_ALWAYS);
	if (fd < 0) {
		return NULL;
	}
	size_t done = 0;
	while (done < len) {
		ssize_t n = write(fd, data + done, len - done);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			break;
		}
		done += n;
	}
	close(fd);
	*written = done == len;
	wm_http_tmp_files_add(m->tmp, zend_string_copy(path));
	return path;
}

/* The name PHP reports for an upload: the client's file name cut at a NUL (PHP reads it as
 * a C string) and stripped of any directory part, '/' or '\\' (rfc1867.c's
 * php_ap_basename), so `../../x` and `C:\\dir\\x` report `x`. Workerman reports them as sent. */
static void wm_mp_client_name(const char *fname, size_t fname_len, size_t *full_len, const char **base, size_t *base_len)
{
	const char *nul = memchr(fname, '\0', fname_len);
	size_t len = nul ? (size_t)(nul - fname) : fname_len;
	const char *b = fname;
	for (size_t i = 0; i < len; i++) {
		if (fname[i] == '/' || fname[i] == '\\') {
			b = fname + i + 1;
		}
	}
	*full_len = len;
	*base = b;
	*base_len = fname + len - b;
}

/* One upload: the 4.x file entry (without its type yet). FAILURE: uploadTmpDir() threw. */
static zend_result wm_mp_upload(wm_mp *m, const char *fname, size_t fname_len,
	const char *data, size_t len, zval *entry)
{
	if (!m->tmp_dir_known) {
		m->tmp_dir_known = true;
		m->tmp_dir = wm_mp_upload_tmp_dir();
		if (EG(exception)) {
			return FAILURE;
		}
	}
	zend_long error = 0;
	zval tmp_name;
	ZVAL_EMPTY_STRING(&tmp_name);
	if (!m->tmp_dir) {
		error = WM_UPLOAD_ERR_NO_TMP_DIR;
	} else if (len == 0 && fname_len == 0) {
		error = WM_UPLOAD_ERR_NO_FILE;
	} else {
		bool written;
		zend_string *path = wm_mp_write_tmp(m, data, len, &written);
		if (path) {
			ZVAL_STR(&tmp_name, path);
		} else {
			ZVAL_FALSE(&tmp_name);
		}
		if (!written) {
			error = WM_UPLOAD_ERR_CANT_WRITE;
		}
	}
	const char *base;
	size_t full_len, base_len;
	wm_mp_client_name(fname, fname_len, &full_len, &base, &base_len);
	array_init_size(entry, 5);
	add_assoc_stringl_ex(entry, "name", 4, base, base_len);
	zend_hash_add_new(Z_ARRVAL_P(entry), wm_mp_str_tmp_name, &tmp_name);
	add_assoc_long_ex(entry, ZSTR_VAL(wm_mp_str_size), ZSTR_LEN(wm_mp_str_size), (zend_long)len);
	add_assoc_long_ex(entry, ZSTR_VAL(wm_mp_str_error), ZSTR_LEN(wm_mp_str_error), error);
	if (wm_api_major == 5) {
		add_assoc_stringl_ex(entry, "full_path", sizeof("full_path") - 1, fname, full_len); /* 5.x, as PHP 8.1+ */
	}
	add_assoc_str_ex(entry, "type", 4, ZSTR_EMPTY_ALLOC());
	return SUCCESS;
}

static bool wm_mp_key_is(const char *k, size_t len, const char *lit, size_t lit_len)
{
	return len == lit_len && zend_binary_strncasecmp(k, len, lit, lit_len, len) == 0;
}

/* 4.x parseUploadFile(): one part starting at start; the next part's start, or 0 to stop. */
static size_t wm_mp_part(wm_mp *m, size_t start, bool *failed)
{
	const char *buf = m->buf, *end = buf + m->len;
	if (m->len < start) {
		return 0;
	}
	const char *sec = zend_memnstr(buf + start, m->bnd, m->bnd_len, end);
	const char *cle = zend_memnstr(buf + start, "\r\n\r\n", 4, end);
	if (!sec || !cle || cle + 4 > sec) {
		return 0;
	}
	size_t next = (sec - buf) + m->bnd_len + 2;
	const char *data = cle + 4;
	size_t data_len = sec - data;
	/* explode("\r\n", trim($lines . "\r\n")) */
	const char *p = buf + start, *le = cle;
	while (p < le && wm_php_trim_char(*p)) {
		p++;
	}
	while (le > p && wm_php_trim_char(le[-1])) {
		le--;
	}
	zval entry;
	ZVAL_UNDEF(&entry);
	const char *key = NULL, *type = "";
	size_t key_len = 0, type_len = 0;
	for (;;) {
		const char *nl = zend_memnstr(p, "\r\n", 2, le);
		const char *line_end = nl ? nl : le;
		const char *colon = zend_memnstr(p, ": ", 2, line_end);
		if (!colon || colon == p) {
			zval_ptr_dtor(&entry);
			return 0;
		}
		/* list($key, $value) = explode(': ', $line): the value stops at the next ": " */
		const char *v = colon + 2;
		const char *ve = zend_memnstr(v, ": ", 2, line_end);
		ve = ve ? ve : line_end;
		if (wm_mp_key_is(p, colon - p, "content-disposition", sizeof("content-disposition") - 1)) {
			const char *fn, *k;
			size_t fn_len, k_len;
			if (wm_mp_match_file(v, ve, &k, &k_len, &fn, &fn_len)) {
				zval_ptr_dtor(&entry);
				if (m->files_left-- <= 0) {
					return next; /* as PHP: no temp file, no entry */
				}
				if (wm_mp_upload(m, fn, fn_len, data, data_len, &entry) == FAILURE) {
					*failed = true;
					return 0;
				}
				key = k;
				key_len = k_len;
				type = "";
				type_len = 0;
			} else {
				if (wm_mp_match_field(v, ve, &k, &k_len)) {
					wm_mp_urlencode(&m->post, k, k_len);
					smart_str_appendc(&m->post, '=');
					wm_mp_urlencode(&m->post, data, data_len);
					smart_str_appendc(&m->post, '&');
				}
				zval_ptr_dtor(&entry);
				return next;
			}
		} else if (wm_mp_key_is(p, colon - p, "content-type", sizeof("content-type") - 1)) {
			while (v < ve && wm_php_trim_char(*v)) {
				v++;
			}
			while (ve > v && wm_php_trim_char(ve[-1])) {
				ve--;
			}
			type = v;
			type_len = ve - v;
		}
		if (!nl) {
			break;
		}
		p = nl + 2;
	}
	if (!key) {
		zval_ptr_dtor(&entry);
		return 0;
	}
	if (type_len) {
		add_assoc_stringl_ex(&entry, "type", 4, type, type_len);
	}
	wm_mp_urlencode(&m->files, key, key_len);
	smart_str_appendc(&m->files, '=');
	smart_str_append_long(&m->files, zend_hash_num_elements(Z_ARRVAL(m->file_list)));
	smart_str_appendc(&m->files, '&');
	zend_hash_next_index_insert_new(Z_ARRVAL(m->file_list), &entry);
	return next;
}

/* array_walk_recursive(): each leaf (an index into the file list) becomes its entry. */
static void wm_mp_resolve(HashTable *ht, HashTable *list)
{
	zval *v;
	ZEND_HASH_FOREACH_VAL(ht, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_ARRAY) {
			SEPARATE_ARRAY(v);
			wm_mp_resolve(Z_ARRVAL_P(v), list);
			continue;
		}
		zval *entry = zend_hash_index_find(list, (zend_ulong)zval_get_long(v));
		zval_ptr_dtor(v);
		if (entry) {
			ZVAL_COPY(v, entry);
		} else {
			ZVAL_NULL(v);
		}
	} ZEND_HASH_FOREACH_END();
}

static void wm_mp_parse_encoded(smart_str *s, zval *out)
{
	smart_str_0(s);
	if (s->s && ZSTR_LEN(s->s)) {
		wm_http_parse_str(ZSTR_VAL(s->s), ZSTR_LEN(s->s), out);
	} else {
		ZVAL_EMPTY_ARRAY(out);
	}
	smart_str_free(s);
}

zend_result wm_http_multipart_parse(const char *buf, size_t len, size_t body_off, const char *mt,
	size_t mt_len, zend_long max_parts, zval *post, zval *files, wm_http_tmp_files *tmp)
{
	wm_mp m = {0};
	m.buf = buf;
	m.len = len;
	m.tmp = tmp;
	m.files_left = zend_ini_long("max_file_uploads", sizeof("max_file_uploads") - 1, 0);
	/* "\r\n" . trim('--' . $match, '"'): only trailing quotes can go, it starts with '-' */
	while (mt_len && mt[mt_len - 1] == '"') {
		mt_len--;
	}
	char *bnd = emalloc(mt_len + 4);
	memcpy(bnd, "\r\n--", 4);
	memcpy(bnd + 4, mt, mt_len);
	m.bnd = bnd;
	m.bnd_len = mt_len + 4;
	array_init(&m.file_list);
	bool failed = false;
	size_t offset = body_off + m.bnd_len;
	while (max_parts-- > 0 && offset && !failed) {
		offset = wm_mp_part(&m, offset, &failed);
	}
	efree(bnd);
	if (m.tmp_dir) {
		zend_string_release(m.tmp_dir);
	}
	wm_mp_parse_encoded(&m.post, post);
	wm_mp_parse_encoded(&m.files, files);
	if (Z_TYPE_P(files) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(files))) {
		wm_mp_resolve(Z_ARRVAL_P(files), Z_ARRVAL(m.file_list));
	}
	zval_ptr_dtor(&m.file_list);
	return failed ? FAILURE : SUCCESS;
}

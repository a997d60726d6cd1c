/* wm_api.h: the API profile, i.e. which Workerman major (4 or 5) the PHP classes present.
 * Fixed once at MINIT from the workerman.api INI setting (auto|4|5); read by every area
 * (parameter names, constants, wire bytes and callback arguments that differ between majors).
 * Each class is registered through the profile's table of generated register functions. */
#ifndef WM_API_H
#define WM_API_H

#include "php.h"

/* 4 or 5 for the life of the process. */
extern int wm_api_major;

/* The generated register_class_* functions of one profile (php-src-stubs compiled with
 * WM_API 4 or 5): the same stubs, with `#if WM_API == 5` blocks where the majors differ. */
typedef struct {
	zend_class_entry *(*Autoloader)(void);
	zend_class_entry *(*EventInterface)(void);
	zend_class_entry *(*Event)(zend_class_entry *iface);
	zend_class_entry *(*Fiber)(zend_class_entry *event); /* NULL under 4 */
	zend_class_entry *(*Timer)(void);
	zend_class_entry *(*LibTimer)(zend_class_entry *timer);
	zend_class_entry *(*ConnectionInterface)(void);
	zend_class_entry *(*TcpConnection)(zend_class_entry *iface, zend_class_entry *json);
	void (*connection_symbols)(int module_number);
	zend_class_entry *(*AsyncTcpConnection)(zend_class_entry *tcp);
	zend_class_entry *(*UdpConnection)(zend_class_entry *iface, zend_class_entry *json);
	zend_class_entry *(*AsyncUdpConnection)(zend_class_entry *udp);
	zend_class_entry *(*ProtocolInterface)(void);
	zend_class_entry *(*Text)(void);
	zend_class_entry *(*Frame)(void);
	zend_class_entry *(*Http)(void);
	zend_class_entry *(*HttpRequest)(void);
	zend_class_entry *(*HttpResponse)(zend_class_entry *stringable);
	zend_class_entry *(*HttpChunk)(zend_class_entry *stringable);
	zend_class_entry *(*HttpServerSentEvents)(zend_class_entry *stringable);
	zend_class_entry *(*HttpSession)(void);
	zend_class_entry *(*HttpSessionException)(zend_class_entry *runtime_exception);
	zend_class_entry *(*SessionHandlerInterface)(void);
	zend_class_entry *(*FileSessionHandler)(zend_class_entry *iface);
	zend_class_entry *(*RedisSessionHandler)(zend_class_entry *iface);
	zend_class_entry *(*RedisClusterSessionHandler)(zend_class_entry *redis);
	zend_class_entry *(*Websocket)(zend_class_entry *protocol_iface);
	zend_class_entry *(*Ws)(void);
	zend_class_entry *(*Worker)(void);
} wm_api_registrars;

/* The two tables, defined by the module's wm_api4.c and wm_api5.c. */
extern const wm_api_registrars wm_api4_registrars;
extern const wm_api_registrars wm_api5_registrars;

/* The table of the profile in force: set by the module right after wm_api_minit, before any
 * class is registered. */
extern const wm_api_registrars *wm_api_reg;

/* The Workerman version the classes present: "4.2.1" or "5.2.2". */
const char *wm_api_version(void);

/* The major of the workerman/workerman that the app's Composer installed, found from the start
 * script at MINIT (0 when none was found or the script is unknown). */
int wm_api_installed_major(void);

/* One line for the start UI when the profile and the installed Workerman disagree, else NULL. */
const char *wm_api_mismatch_line(void);

/* One element of an array class constant: an int key when skey is NULL. */
typedef struct {
	zend_long ikey;
	const char *skey;
	const char *value;
} wm_api_const_pair;

/* A persistent immutable array of the pairs (string values), freed at MSHUTDOWN: a class
 * constant's or a static property's default (copied by value, separated on write). */
zend_array *wm_api_persistent_array(const wm_api_const_pair *pairs, size_t count);

/* Declares an array class constant (gen_stub of PHP 8.2 writes scalar constants only). The array
 * is persistent and immutable, freed at MSHUTDOWN. */
void wm_api_declare_array_const(zend_class_entry *ce, const char *name, const wm_api_const_pair *pairs, size_t count);

/* Registers the INI entry and fixes the profile; first thing of MINIT. */
void wm_api_minit(int type, int module_number);
void wm_api_mshutdown(int type, int module_number);
void wm_api_minfo(void);

#endif

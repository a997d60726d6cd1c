/* wm_protocol.h: protocol lookup; C parsers for the built-ins, PHP-class fallback. */
#ifndef WM_PROTOCOL_H
#define WM_PROTOCOL_H

#include "wm_private.h"

/* Resolves a Worker scheme the way Workerman does: Protocols\<Ucfirst> if that class
 * exists, else Workerman\Protocols\<Ucfirst>. Returns the class name as a new string, or
 * NULL after throwing "class \Protocols\<Scheme> not exist". */
zend_string *wm_protocol_resolve_scheme(const char *scheme, size_t len);

#endif

/* wm_buffer.h: the connection's receive buffer and send queue. Knows no protocol, no PHP
 * callbacks: bytes and zend_string references only. */
#ifndef WM_BUFFER_H
#define WM_BUFFER_H

#include "wm_private.h"

#endif

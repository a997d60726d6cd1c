/* wm_buffer.c: the connection's receive buffer and send queue (see wm_buffer.h).
 * SKELETON: to be filled with the connection work. */
#include "wm_buffer.h"

/* wm_start_check.h: checks runAll() makes before it listens or forks (wm_start_check.c). */
#ifndef WM_START_CHECK_H
#define WM_START_CHECK_H

#include "php.h"

/* Every Worker's callback properties and Worker's static ones: each falsy or callable, else
 * a TypeError naming the property (and the worker); every listen port within 0-65535, else
 * listen's exception. FAILURE once one was thrown. */
zend_result wm_start_check(void);

#endif

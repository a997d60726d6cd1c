/* wm_autoloader.h: Workerman\Autoloader (4.x) hooks used by Worker::__construct. */
#ifndef WM_AUTOLOADER_H
#define WM_AUTOLOADER_H

/* Points the autoloader at the directory of the PHP file now executing and registers it
 * with spl_autoload_register on first use. */
void wm_autoloader_register_from_caller(void);
void wm_autoloader_minit(void);
void wm_autoloader_rshutdown(void);

#endif

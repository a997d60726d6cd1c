<?php

/**
 * Workerman\Autoloader: Workerman 4's class-file autoloader (Protocols\X in <root>/Protocols/X.php).
 * @generate-class-entries
 */

namespace Workerman {

    class Autoloader
    {
#if WM_API == 5
        /** @return void */
        public static function setRootPath(string $rootPath) {}
#else
        /** @return void */
        public static function setRootPath(string $root_path) {}
#endif

        /** @return bool */
        public static function loadByNamespace(string $name) {}
    }
}

<?php

/**
 * Workerman\Autoloader: Workerman 4's class-file autoloader (Protocols\X in <root>/Protocols/X.php).
 * @generate-class-entries
 */

namespace Workerman {

    class Autoloader
    {
        /** @return void */
        public static function setRootPath(string $rootPath) {}

        /** @return bool */
        public static function loadByNamespace(string $name) {}
    }
}

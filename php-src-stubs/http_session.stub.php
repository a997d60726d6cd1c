<?php

/**
 * Workerman\Protocols\Http\Session and its storage handlers (API.md 6.3, Workerman 4.2.1).
 * Parameters stay untyped (mixed) as in Workerman 4, so apps passing ints or nulls keep working.
 * @generate-class-entries
 */

namespace Workerman\Protocols\Http {

    class Session
    {
        /** @var string|object */
        protected static $_handlerClass = 'Workerman\\Protocols\\Http\\Session\\FileSessionHandler';
        /** @var mixed */
        protected static $_handlerConfig = null;
        /** @var string */
        public static $name = 'PHPSID';
        /** @var bool */
        public static $autoUpdateTimestamp = false;
        /** @var int */
        public static $lifetime = 1440;
        /** @var int */
        public static $cookieLifetime = 1440;
        /** @var string */
        public static $cookiePath = '/';
        /** @var string */
        public static $domain = '';
        /** @var bool */
        public static $secure = false;
        /** @var bool */
        public static $httpOnly = true;
        /** @var string */
        public static $sameSite = '';
        /**
         * [1, 1000] in 4.x, [1, 20000] in 5.x, unless php.ini's session.gc_* say otherwise
         * (set at MINIT: gen_stub cannot declare a non-empty array default).
         * @var array
         */
        public static $gcProbability = [];
        /** @var mixed */
        protected static $_handler = null;

        /** @var mixed */
        protected $_data = [];
        /** @var bool */
        protected $_needSave = false;
        /** @var mixed */
        protected $_sessionId = null;
        /** @var bool */
        protected $_isSafe = true;

#if WM_API == 5
        public function __construct(mixed $sessionId) {}
#else
        public function __construct(mixed $session_id) {}
#endif

        /** @return mixed */
        public function getId() {}

        /** @return mixed */
        public function get(mixed $name, mixed $default = null) {}

        /** @return void */
        public function set(mixed $name, mixed $value) {}

        /** @return void */
        public function delete(mixed $name) {}

        /** @return mixed */
        public function pull(mixed $name, mixed $default = null) {}

        /** @return void */
        public function put(mixed $key, mixed $value = null) {}

        /** @return void */
        public function forget(mixed $name) {}

        /** @return mixed */
        public function all() {}

        /** @return void */
        public function flush() {}

        /** @return bool */
        public function has(mixed $name) {}

        /** @return bool */
        public function exists(mixed $name) {}

        /** @return void */
        public function save() {}

        /** @return mixed */
        public function refresh() {}

        /** @return void */
        public static function init() {}

#if WM_API == 5
        /** @return mixed */
        public static function handlerClass(mixed $className = null, mixed $config = null) {}
#else
        /** @return mixed */
        public static function handlerClass(mixed $class_name = null, mixed $config = null) {}
#endif

        /** @return array */
        public static function getCookieParams() {}

        /** @return void */
        protected static function initHandler() {}

        /** @return void */
        public function gc() {}

        /** @return void */
        public function __wakeup() {}

        public function __destruct() {}

        /** @return void */
        protected static function checkSessionId(mixed $session_id) {}
    }

    class SessionException extends \RuntimeException
    {
    }
}

namespace Workerman\Protocols\Http\Session {

    interface SessionHandlerInterface
    {
        /** @return mixed */
        public function close();

#if WM_API == 5
        /** @return mixed */
        public function destroy(mixed $sessionId);
#else
        /** @return mixed */
        public function destroy(mixed $session_id);
#endif

#if WM_API == 5
        /** @return mixed */
        public function gc(mixed $maxLifetime);
#else
        /** @return mixed */
        public function gc(mixed $maxlifetime);
#endif

#if WM_API == 5
        /** @return mixed */
        public function open(mixed $savePath, mixed $name);
#else
        /** @return mixed */
        public function open(mixed $save_path, mixed $name);
#endif

#if WM_API == 5
        /** @return mixed */
        public function read(mixed $sessionId);
#else
        /** @return mixed */
        public function read(mixed $session_id);
#endif

#if WM_API == 5
        /** @return mixed */
        public function write(mixed $sessionId, mixed $sessionData);
#else
        /** @return mixed */
        public function write(mixed $session_id, mixed $session_data);
#endif

#if WM_API == 5
        /** @return mixed */
        public function updateTimestamp(mixed $sessionId, mixed $data = "");
#else
        /** @return mixed */
        public function updateTimestamp(mixed $id, mixed $data = "");
#endif
    }

    class FileSessionHandler implements SessionHandlerInterface
    {
        /** @var string|null */
        protected static $_sessionSavePath = null;
        /** @var string */
        protected static $_sessionFilePrefix = 'session_';

        /** @return void */
        public static function init() {}

        public function __construct(mixed $config = []) {}

#if WM_API == 5
        /** @return bool */
        public function open(mixed $savePath, mixed $name) {}
#else
        /** @return bool */
        public function open(mixed $save_path, mixed $name) {}
#endif

#if WM_API == 5
        /** @return string */
        public function read(mixed $sessionId) {}
#else
        /** @return string */
        public function read(mixed $session_id) {}
#endif

#if WM_API == 5
        /** @return bool */
        public function write(mixed $sessionId, mixed $sessionData) {}
#else
        /** @return bool */
        public function write(mixed $session_id, mixed $session_data) {}
#endif

#if WM_API == 5
        /** @return bool */
        public function updateTimestamp(mixed $sessionId, mixed $data = "") {}
#else
        /** @return bool */
        public function updateTimestamp(mixed $id, mixed $data = "") {}
#endif

        /** @return bool */
        public function close() {}

#if WM_API == 5
        /** @return bool */
        public function destroy(mixed $sessionId) {}
#else
        /** @return bool */
        public function destroy(mixed $session_id) {}
#endif

#if WM_API == 5
        /** @return void */
        public function gc(mixed $maxLifetime) {}
#else
        /** @return void */
        public function gc(mixed $maxlifetime) {}
#endif

#if WM_API == 5
        /** @return string */
        protected static function sessionFile(mixed $sessionId) {}
#else
        /** @return string */
        protected static function sessionFile(mixed $session_id) {}
#endif

        /** @return mixed */
        public static function sessionSavePath(mixed $path) {}
    }

    class RedisSessionHandler implements SessionHandlerInterface
    {
        /** @var mixed */
        protected $_redis;
        /** @var mixed */
        protected $_config;

        public function __construct(mixed $config) {}

        /** @return void */
        public function connect() {}

#if WM_API == 5
        /** @return bool */
        public function open(mixed $savePath, mixed $name) {}
#else
        /** @return bool */
        public function open(mixed $save_path, mixed $name) {}
#endif

#if WM_API == 5
        /** @return mixed */
        public function read(mixed $sessionId) {}
#else
        /** @return mixed */
        public function read(mixed $session_id) {}
#endif

#if WM_API == 5
        /** @return bool */
        public function write(mixed $sessionId, mixed $sessionData) {}
#else
        /** @return bool */
        public function write(mixed $session_id, mixed $session_data) {}
#endif

#if WM_API == 5
        /** @return bool */
        public function updateTimestamp(mixed $sessionId, mixed $data = "") {}
#else
        /** @return bool */
        public function updateTimestamp(mixed $id, mixed $data = "") {}
#endif

#if WM_API == 5
        /** @return bool */
        public function destroy(mixed $sessionId) {}
#else
        /** @return bool */
        public function destroy(mixed $session_id) {}
#endif

        /** @return bool */
        public function close() {}

#if WM_API == 5
        /** @return bool */
        public function gc(mixed $maxLifetime) {}
#else
        /** @return bool */
        public function gc(mixed $maxlifetime) {}
#endif
    }

    class RedisClusterSessionHandler extends RedisSessionHandler
    {
        public function __construct(mixed $config) {}

#if WM_API == 5
        /** @return mixed */
        public function read(mixed $sessionId) {}
#else
        /** @return mixed */
        public function read(mixed $session_id) {}
#endif
    }
}

<?php

/**
 * Workerman\Protocols\Http\Request, the 4.x API. The request keeps its raw bytes and parses
 * in C only what a method asks for, memoised. Undeclared property names live in the public
 * `properties` array (object handlers; the magic methods stay callable as 4.x declares them).
 * `_buffer` and `_data` are declared as in 4.x because subclasses (webman) read and write them.
 * @generate-class-entries
 */

namespace Workerman\Protocols\Http {

    #[\AllowDynamicProperties]
    class Request
    {
        /** @var mixed */
        public $connection = null;

        /** @var mixed */
        public $session = null;

        /** @var array */
        public $properties = [];

        /** @var int */
        public static $maxFileUploads = 1024;

        /** @var string|null */
        protected $_buffer = null;

        /** @var array|null */
        protected $_data = null;

        /** @var bool */
        protected static $_enableCache = true;

        public function __construct(string $buffer) {}

        /** @return mixed */
        public function get(mixed $name = null, mixed $default = null) {}

        /** @return mixed */
        public function post(mixed $name = null, mixed $default = null) {}

        /** @return mixed */
        public function header(mixed $name = null, mixed $default = null) {}

        /** @return mixed */
        public function cookie(mixed $name = null, mixed $default = null) {}

        public function file(?string $name = null): mixed {}

        /** @return string */
        public function method() {}

        /** @return string */
        public function protocolVersion() {}

#if WM_API == 5
        /** @return string|null */
        public function host(mixed $withoutPort = false) {}
#else
        /** @return string|null */
        public function host(mixed $without_port = false) {}
#endif

        /** @return string */
        public function uri() {}

        /** @return string */
        public function path() {}

        /** @return string */
        public function queryString() {}

        /** @return mixed */
        public function session() {}

#if WM_API == 5
        /** @return mixed */
        public function sessionId(mixed $sessionId = null) {}
#else
        /** @return mixed */
        public function sessionId(mixed $session_id = null) {}
#endif

        /** 5.x: a new id for the session (its data moved over), its cookie queued. */
        public function sessionRegenerateId(bool $deleteOldSession = false): string {}

        /** @return string|false */
        public function rawHead() {}

        /** @return string */
        public function rawBody() {}

        /** @return mixed */
        public function rawBuffer() {}

        /** @return void */
        public static function enableCache(mixed $value) {}

#if WM_API == 5
        public static function createSessionId(): string {}
#else
        /** @return string */
        protected static function createSessionId() {}
#endif

        /** @return void */
        public function __set(mixed $name, mixed $value) {}

        /** @return mixed */
        public function __get(mixed $name) {}

        /** @return bool */
        public function __isset(mixed $name) {}

        /** @return void */
        public function __unset(mixed $name) {}

        public function __toString(): string {}

        /** @return void */
        public function __destruct() {}

        /** @var array|null 5.x: the trailers of a chunked request (declared under both profiles). */
        protected $chunkTrailers = null;

#if WM_API == 5
        /** @var int */
        public const MAX_CACHE_STRING_LENGTH = 4096;

        /** @var int */
        public const MAX_CACHE_SIZE = 256;

        /** The trailer fields of a chunked request (lower-case names); the first call wins. */
        public function setChunkTrailers(array $trailers): void {}

        public function trailer(?string $name = null, mixed $default = null): mixed {}

        public function isValidSessionId(mixed $sessionId): bool {}

        /** Forgets what the request holds (its properties, session, connection) for reuse. */
        public function destroy(): void {}

        /** Queues the session cookie on the connection (sessionId() and sessionRegenerateId() call a subclass's own). */
        protected function setSidCookie(string $sessionName, string $sid, array $cookieParams): void {}
#endif
    }
}

<?php

/**
 * Workerman\Protocols\Http: the static side of the HTTP protocol. Connections of an
 * http:// Worker run the protocol in C (ext/http/wm_http_proto.c); these methods are what
 * UDP and PHP code calling Http::input/decode/encode directly get, with the same rules.
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    class Http
    {
        /**
         * Seconds a client may take to send a complete request head, counted from its
         * first byte (from connecting, for the first request), and the longest pause while
         * a body arrives; then 408 and close (a connection that sent nothing is closed
         * silently). 0 disables. Not in Workerman.
         * @var int|float
         */
        public static $headerTimeout = 60;

        /**
         * Seconds a keep-alive connection may stay idle between a reply and the next
         * request before it is closed silently (a streamed reply counts as activity).
         * 0 disables. Not in Workerman.
         * @var int|float
         */
        public static $keepAliveTimeout = 120;

        public static function requestClass(?string $className = null): string {}

        public static function uploadTmpDir(?string $dir = null): string {}

        /** @return string */
        public static function sessionName(mixed $name = null) {}

        /** @return void */
        public static function enableCache(mixed $value) {}

        public static function input(string $buffer, \Workerman\Connection\TcpConnection $connection): int {}

        public static function decode(string $buffer, \Workerman\Connection\TcpConnection $connection): mixed {}

        public static function encode(mixed $response, \Workerman\Connection\TcpConnection $connection): string {}

#if WM_API == 5
        // 5.x
        /**
         * @var string
         * @cvalue WM_HTTP_REJECT_400
         */
        protected const HTTP_400 = UNKNOWN;

        /**
         * @var string
         * @cvalue WM_HTTP_REJECT_413
         */
        protected const HTTP_413 = UNKNOWN;

        /**
         * @var string
         * @cvalue WM_HTTP_REJECT_431
         */
        protected const HTTP_431 = UNKNOWN;

        /**
         * @var int
         * @cvalue WM_HTTP_MAX_HEAD
         */
        protected const MAX_HEADER_LENGTH = UNKNOWN;
#endif
    }
}

<?php

/**
 * Workerman\Protocols\Websocket: the server side of websocket:// workers. Connections of
 * such workers run the protocol in C (ext/ws/wm_ws_server.c); these statics are what PHP
 * code that calls them directly gets (encode() is the same C encoder).
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    class Websocket implements ProtocolInterface
    {
        /**
         * Seconds a client may take, from connecting, to complete the opening handshake
         * (its upgrade request); then 408 and close (silent close if it sent nothing).
         * 0 disables. Not in Workerman.
         * @var int|float
         */
        public static $handshakeTimeout = 60;

        /** @var string */
        public const BINARY_TYPE_BLOB = "\x81";
        /** @var string */
        public const BINARY_TYPE_BLOB_DEFLATE = "\xc1";
        /** @var string */
        public const BINARY_TYPE_ARRAYBUFFER = "\x82";
        /** @var string */
        public const BINARY_TYPE_ARRAYBUFFER_DEFLATE = "\xc2";

        /** @return int */
        public static function input(string $buffer, \Workerman\Connection\ConnectionInterface $connection) {}

        /** @return string */
        public static function encode(mixed $buffer, \Workerman\Connection\ConnectionInterface $connection) {}

        /** @return string|false */
        public static function decode(string $buffer, \Workerman\Connection\ConnectionInterface $connection) {}

        /** @return int */
        public static function dealHandshake(string $buffer, mixed $connection) {}
    }
}

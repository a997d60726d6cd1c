<?php

/**
 * Workerman\Protocols\Ws: the WebSocket client protocol of AsyncTcpConnection('ws://...').
 * The connection runs it in C (handshake, frames, ping timer); these statics are what PHP
 * code calling them directly gets, working on the same per-connection state.
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    class Ws
    {
        /** @var string */
        public const BINARY_TYPE_BLOB = "\x81";

        /** @var string */
        public const BINARY_TYPE_ARRAYBUFFER = "\x82";

        /** @return int|false */
        public static function input(mixed $buffer, \Workerman\Connection\ConnectionInterface $connection) {}

        /** @return string */
        public static function encode(mixed $payload, \Workerman\Connection\ConnectionInterface $connection) {}

        /** @return string */
        public static function decode(mixed $bytes, \Workerman\Connection\ConnectionInterface $connection) {}

        /** @return void */
        public static function onConnect(mixed $connection) {}

        /** @return void */
        public static function onClose(mixed $connection) {}

        /** @return void */
        public static function sendHandshake(\Workerman\Connection\ConnectionInterface $connection) {}

        /** @return int */
        public static function dealHandshake(mixed $buffer, \Workerman\Connection\ConnectionInterface $connection) {}
    }
}

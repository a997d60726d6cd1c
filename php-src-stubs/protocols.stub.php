<?php

/**
 * Workerman\Protocols: the protocol contract and the built-in stream protocols.
 * Text and Frame also run as C parsers on the connection's buffer; these static methods
 * are what PHP code that calls them directly gets.
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    interface ProtocolInterface
    {
        /** @return int */
        public static function input(string $recvBuffer, \Workerman\Connection\ConnectionInterface $connection);

        /** @return mixed */
        public static function decode(string $recvBuffer, \Workerman\Connection\ConnectionInterface $connection);

        /** @return string */
        public static function encode(mixed $data, \Workerman\Connection\ConnectionInterface $connection);
    }

    class Text
    {
        /** @return int */
        public static function input(string $buffer, mixed $connection = null) {}

        /** @return string */
        public static function encode(mixed $buffer, mixed $connection = null) {}

        /** @return string */
        public static function decode(string $buffer, mixed $connection = null) {}
    }

    class Frame
    {
        /** @return int */
        public static function input(string $buffer, mixed $connection = null) {}

        /** @return string */
        public static function decode(string $buffer, mixed $connection = null) {}

        /** @return string */
        public static function encode(mixed $buffer, mixed $connection = null) {}
    }
}


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
#if WM_API == 5
        /** @return int */
        public static function input(string $buffer, \Workerman\Connection\ConnectionInterface $connection);
#else
        /** @return int */
        public static function input(string $recv_buffer, \Workerman\Connection\ConnectionInterface $connection);
#endif

#if WM_API == 5
        /** @return mixed */
        public static function decode(string $buffer, \Workerman\Connection\ConnectionInterface $connection);
#else
        /** @return mixed */
        public static function decode(string $recv_buffer, \Workerman\Connection\ConnectionInterface $connection);
#endif

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

#if WM_API == 5
        /** @return string */
        public static function encode(mixed $data, mixed $connection = null) {}
#else
        /** @return string */
        public static function encode(mixed $buffer, mixed $connection = null) {}
#endif
    }
}


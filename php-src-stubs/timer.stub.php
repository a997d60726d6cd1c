<?php

/**
 * Workerman\Timer: interval and one-shot timers on the process event loop.
 * @generate-class-entries
 */

namespace Workerman {

    class Timer
    {
        /** @return void */
        public static function init(mixed $event = null) {}

        /** @return int|false */
        public static function add(float $timeInterval, callable $func, ?array $args = [], bool $persistent = true) {}

        public static function repeat(float $timeInterval, callable $func, array $args = []): int {}

        public static function delay(float $timeInterval, callable $func, array $args = []): int {}

        /** @return bool */
        public static function del(int $timerId) {}

        /** @return void */
        public static function delAll() {}

        public static function getTimerCount(): int {}

        public static function sleep(float $delay): void {}
    }
}

namespace Workerman\Lib {

    class Timer extends \Workerman\Timer
    {
    }
}

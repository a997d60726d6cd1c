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

#if WM_API == 5
        /**
         * Workerman 4 casts $args with (array) and tests $persistent for truth.
         * @return int|false
         */
        public static function add(float $timeInterval, callable $func, mixed $args = [], mixed $persistent = true) {}
#else
        /**
         * Workerman 4 casts $args with (array) and tests $persistent for truth.
         * @return int|false
         */
        public static function add(float $time_interval, callable $func, mixed $args = [], mixed $persistent = true) {}
#endif

#if WM_API == 5
        public static function repeat(float $timeInterval, callable $func, array $args = []): int {}

        public static function delay(float $timeInterval, callable $func, array $args = []): int {}
#endif

#if WM_API == 5
        /**
         * Untyped in Workerman 4: apps pass null or false for "no timer".
         * @return bool
         */
        public static function del(mixed $timerId) {}
#else
        /**
         * Untyped in Workerman 4: apps pass null or false for "no timer".
         * @return bool
         */
        public static function del(mixed $timer_id) {}
#endif

        /** @return void */
        public static function delAll() {}

#if WM_API == 5
        public static function getTimerCount(): int {}

        public static function sleep(float $delay): void {}

        /** Workerman's SIGALRM handler: fires the timers due outside a worker's loop. */
        public static function signalHandle(): void {}
#else
        /**
         * [4] The SIGALRM handler of 4.2.1's master timers: tick() outside a worker's loop.
         * @return void
         */
        public static function signalHandle() {}

        /**
         * [4] Fires the timers that are due, outside a worker's loop (a worker's timers
         * run on its loop: there tick() does nothing, as in 4.2.1).
         * @return void
         */
        public static function tick() {}
#endif
    }
}

namespace Workerman\Lib {

    class Timer extends \Workerman\Timer
    {
    }
}

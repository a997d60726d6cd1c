<?php

/**
 * Workerman\Events: the native libevent loop, with the 4.x and 5.x method sets.
 * @generate-class-entries
 */

namespace Workerman\Events {

    interface EventInterface
    {
        /** @var int */
        public const EV_READ = 1;
        /** @var int */
        public const EV_WRITE = 2;
        /** @var int */
        public const EV_EXCEPT = 3;
        /** @var int */
        public const EV_SIGNAL = 4;
        /** @var int */
        public const EV_TIMER = 8;
        /** @var int */
        public const EV_TIMER_ONCE = 16;

#if WM_API == 5
        public function delay(float $delay, callable $func, array $args = []): int;

        public function offDelay(int $timerId): bool;

        public function repeat(float $interval, callable $func, array $args = []): int;

        public function offRepeat(int $timerId): bool;

        public function onReadable(mixed $stream, callable $func): void;

        public function offReadable(mixed $stream): bool;

        public function onWritable(mixed $stream, callable $func): void;

        public function offWritable(mixed $stream): bool;

        public function onSignal(int $signal, callable $func): void;

        public function offSignal(int $signal): bool;

        public function deleteAllTimer(): void;

        public function run(): void;

        public function stop(): void;

        public function getTimerCount(): int;

        public function setErrorHandler(callable $errorHandler): void;
#else
        /** @return int|bool */
        public function add(mixed $fd, int $flag, callable $func, mixed $args = []);

        /** @return bool */
        public function del(mixed $fd, int $flag);

        /** @return void */
        public function clearAllTimer();

        /** @return void */
        public function loop();

        /** @return void */
        public function destroy();

        public function getTimerCount(): int;
#endif
    }

    class Event implements EventInterface
    {
        public function __construct() {}

        /** @return int|bool */
        public function add(mixed $fd, int $flag, callable $func, mixed $args = []) {}

        /** @return bool */
        public function del(mixed $fd, int $flag) {}

        /** @return void */
        public function clearAllTimer() {}

        /** @return void */
        public function loop() {}

        /** @return void */
        public function destroy() {}

        public function getTimerCount(): int {}
#if WM_API == 5

        public function delay(float $delay, callable $func, array $args = []): int {}

        public function repeat(float $interval, callable $func, array $args = []): int {}

        public function offDelay(int $timerId): bool {}

        public function offRepeat(int $timerId): bool {}

        public function onReadable(mixed $stream, callable $func): void {}

        public function offReadable(mixed $stream): bool {}

        public function onWritable(mixed $stream, callable $func): void {}

        public function offWritable(mixed $stream): bool {}

        public function onSignal(int $signal, callable $func): void {}

        public function offSignal(int $signal): bool {}

        public function deleteAllTimer(): void {}

        public function run(): void {}

        public function stop(): void {}

        public function setErrorHandler(callable $errorHandler): void {}

        public function getErrorHandler(): ?callable {}
#endif
    }
#if WM_API == 5

    /**
     * Workerman 5's Fiber loop on the native loop: every callback the runtime fires runs in a
     * PHP Fiber that may suspend (Timer::sleep(), workerman/coroutine). Chosen with
     * Worker::$eventLoopClass or $worker->eventLoop. No Revolt driver() here.
     */
    final class Fiber extends Event
    {
    }
#endif
}

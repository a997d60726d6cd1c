<?php
// Fixture of tests/webman2/run.sh: a coroutine connection pool (workerman/coroutine's Pool) of
// fake database connections whose query() is Timer::sleep(), the I/O wait of a real driver.
// In a Fiber-loop process each request waiting on a query or on a free connection suspends
// its coroutine and the process serves the others meanwhile.

namespace app\service;

use Workerman\Coroutine\Pool;
use Workerman\Timer;

class SleepPool
{
    public const MAX_CONNECTIONS = 4;

    private static ?Pool $pool = null;
    private static int $created = 0;

    public static function pool(): Pool
    {
        if (!self::$pool) {
            self::$pool = new Pool(self::MAX_CONNECTIONS, ['wait_timeout' => 10]);
            self::$pool->setConnectionCreator(function () {
                return new class(++self::$created) {
                    public function __construct(public int $id) {}

                    public function query(float $seconds): int
                    {
                        Timer::sleep($seconds);
                        return $this->id;
                    }
                };
            });
        }
        return self::$pool;
    }

    public static function created(): int
    {
        return self::$created;
    }
}

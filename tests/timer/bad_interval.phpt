--TEST--
Timer::add: interval <= 0 echoes Workerman 4's "bad time_interval" exception and returns false
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Timer;
var_dump(Timer::add(0, function () {}));
var_dump(Timer::add(-1.5, function () {}, [], false));
var_dump((new Workerman\Events\Event())->getTimerCount());
?>
--EXPECTF--
Exception: bad time_interval in %sbad_interval.php:3
Stack trace:
#0 %sbad_interval.php(3): Workerman\Timer::add(%s)
#1 {main}bool(false)
Exception: bad time_interval in %sbad_interval.php:4
Stack trace:
#0 %sbad_interval.php(4): Workerman\Timer::add(%s)
#1 {main}bool(false)
int(0)

--TEST--
Timer::delay/repeat (5.x), Timer::init() accepted, Timer::sleep() blocks (API profile 5: 5.x methods)
--EXTENSIONS--
workerman
--INI--
workerman.api=5
--FILE--
<?php
use Workerman\Timer;

Timer::init();
Timer::init(new Workerman\Events\Event());
$n = 0;
$r = Timer::repeat(0.005, function ($tag) use (&$n, &$r) {
    echo "$tag ", ++$n, "\n";
    if ($n === 2) {
        Timer::del($r);
    }
}, ['repeat']);
$d = Timer::delay(0.1, function ($x) { echo "delay $x\n"; }, [7]);
$z = Timer::delay(0, function () { echo "delay 0\n"; });
var_dump($r, $d, $z, Timer::getTimerCount());
(new Workerman\Events\Event())->run();
var_dump(Timer::getTimerCount());
$t = microtime(true);
Timer::sleep(0.03);
var_dump(microtime(true) - $t >= 0.03);
?>
--EXPECT--
int(1)
int(2)
int(3)
int(3)
delay 0
repeat 1
repeat 2
delay 7
int(0)
bool(true)

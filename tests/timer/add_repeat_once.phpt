--TEST--
Timer::add: repeating and one-shot timers, ids from 1, the loop's getTimerCount() without fired one-shots
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Timer;
use Workerman\Events\Event;

$loop = new Event();
$ticks = 0;
$repeat = Timer::add(0.01, function () use (&$ticks, &$repeat, $loop) {
    $ticks++;
    echo "repeat $ticks, timers ", $loop->getTimerCount(), "\n";
    if ($ticks === 3) {
        Timer::del($repeat);
    }
});
$once = Timer::add(0.015, function () use ($loop) {
    echo "once, timers ", $loop->getTimerCount(), "\n";
}, [], false);
$lib = \Workerman\Lib\Timer::add(0.001, function () { echo "lib once\n"; }, null, false);
var_dump($repeat, $once, $lib, $loop->getTimerCount());
$loop->loop();
var_dump($loop->getTimerCount());
?>
--EXPECT--
int(1)
int(2)
int(3)
int(3)
lib once
repeat 1, timers 2
once, timers 1
repeat 2, timers 1
repeat 3, timers 1
int(0)

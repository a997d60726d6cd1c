--TEST--
Timer::tick() and Timer::signalHandle() [4]: outside a worker's loop (the master, before runAll()) they fire the timers that are due, re-arming repeating ones a full interval later; once timers run on a loop (Timer::init($loop), a worker) they do nothing
--INI--
workerman.api=4
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Timer;
use Workerman\Events\Event;
use Workerman\Events\EventInterface;

$loop = new Event();
Timer::add(0.15, function () { echo "once\n"; }, [], false);
Timer::add(0.1, function ($tag) { echo "repeat $tag\n"; }, ['r']);
Timer::add(5, function () { echo "not due\n"; }, [], false);
Timer::add(0.075, function () { throw new Exception('tick boom'); }, [], false); // echoed as 4.2.1's tick() does
// Intervals are wide: a stall of the test process shorter than 75 ms changes nothing.
var_dump(Timer::tick()); // nothing due yet
usleep(200000);
Timer::tick();
echo "timers ", $loop->getTimerCount(), "\n";
Timer::tick(); // the repeating one is 100 ms away again
usleep(125000);
Timer::signalHandle();
// The loop does not fire them a second time.
$loop->add(0.01, EventInterface::EV_TIMER_ONCE, fn () => $loop->destroy());
$loop->loop();
Timer::init($loop);
usleep(125000);
Timer::tick();
Timer::signalHandle();
echo "end\n";
?>
--EXPECTF--
NULL
once
repeat r
Exception: tick boom in %s:%d
Stack trace:
#0 [internal function]: {closure}()
#1 %s(%d): Workerman\Timer::tick()
#2 {main}timers 2
repeat r
end

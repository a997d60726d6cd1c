--TEST--
Timer: del of the running timer, of other timers, add and delAll from callbacks
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '4') die('skip 4.x Timer::del() answers true for any id (5.x: whether it existed; tests/differential/timers5.phpt)'); ?>
--FILE--
<?php
use Workerman\Timer;

$victim = Timer::add(0.05, function () { echo "victim must not fire\n"; });
$self = Timer::add(0.005, function () use (&$self, $victim) {
    echo "self fires once\n";
    var_dump(Timer::del($self), Timer::del($self), Timer::del($victim), Timer::del(12345));
    // Added from a callback, and a one-shot that deletes itself while running.
    $id = Timer::add(0.005, function () use (&$id) {
        echo "nested once\n";
        Timer::del($id);
        Timer::add(0.2, function () { echo "killed by delAll\n"; });
        Timer::add(0.005, function () {
            echo "before delAll: ", (new Workerman\Events\Event())->getTimerCount(), "\n";
            Timer::delAll();
            echo "after delAll: ", (new Workerman\Events\Event())->getTimerCount(), "\n";
            Timer::add(0.001, function () { echo "added after delAll\n"; }, [], false);
        });
    }, [], false);
});
(new Workerman\Events\Event())->loop();
echo "loop ended\n";
?>
--EXPECT--
self fires once
bool(true)
bool(true)
bool(true)
bool(true)
nested once
before delAll: 2
after delAll: 0
added after delAll
loop ended

--TEST--
Timer: Workerman 4 loose arguments: (array)$args, truthy $persistent, del(null|false|"id")
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '4') die('skip 4.x Timer::del() answers true for any id (5.x: whether it existed; tests/differential/timers5.phpt)'); ?>
--FILE--
<?php
use Workerman\Timer;

var_dump(Timer::del(null), Timer::del(false), Timer::del(99));
$id = Timer::add(0.5, function () { echo "deleted by string id\n"; });
var_dump(Timer::del((string)$id), (new Workerman\Events\Event)->getTimerCount());
Timer::add(0.001, function (...$a) { echo json_encode($a), "\n"; }, 'scalar', 0);
Timer::add(0.002, function (...$a) { echo json_encode($a), "\n"; }, null, null);
$n = 0;
$r = Timer::add(0.003, function ($x) use (&$n, &$r) {
    echo "persistent $x ", ++$n, "\n";
    if ($n === 2) {
        Timer::del($r);
    }
}, 5, 'yes');
(new Workerman\Events\Event)->loop();
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
["scalar"]
[]
persistent 5 1
persistent 5 2

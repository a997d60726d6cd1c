--TEST--
Timer: a timer never fires before its interval, even when armed inside a slow callback
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Timer;

$start = microtime(true);
Timer::add(0.05, function () use ($start) {
    $elapsed = microtime(true) - $start;
    echo "0.05: ", $elapsed >= 0.05 && $elapsed < 0.5 ? "ok" : "bad $elapsed", "\n";
    usleep(30000);
    $armed = microtime(true);
    Timer::add(0.02, function () use ($armed) {
        $elapsed = microtime(true) - $armed;
        echo "0.02: ", $elapsed >= 0.02 && $elapsed < 0.5 ? "ok" : "bad $elapsed", "\n";
    }, [], false);
}, [], false);
// A repeating timer keeps its cadence: the n-th run is never before n intervals.
$times = [];
$first = microtime(true);
Timer::add(0.01, function () use (&$times, $first, &$id) {
    $times[] = (microtime(true) - $first) / (count($times) + 1);
    if (count($times) === 5) {
        Timer::del($id);
    }
}, [], true);
$id = 2;
(new Workerman\Events\Event())->loop();
echo "repeat: ", min($times) >= 0.0095 ? "ok" : "bad " . json_encode($times), "\n";
?>
--EXPECT--
0.05: ok
0.02: ok
repeat: ok

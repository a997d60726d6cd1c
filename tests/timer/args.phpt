--TEST--
Timer::add: arguments (null = none), string and protected-method callables
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Timer;

class Job
{
    public static function tick(...$args) { echo "static ", json_encode($args), "\n"; }
    protected function secret($x) { echo "protected $x\n"; }
    public function arm() { Timer::add(0.001, [$this, 'secret'], ['p'], false); }
}

Timer::add(0.001, function (...$args) { echo "null ", json_encode($args), "\n"; }, null, false);
Timer::add(0.002, function ($a, $b) { echo "two $a $b\n"; }, ['a', 2], false);
Timer::add(0.003, 'Job::tick', [1, [2]], false);
Timer::add(0.004, ['Job', 'tick'], [], false);
Timer::add(0.005, 'printf', ["printf %s\n", 'ok'], false);
Timer::add(0.006, fn () => (new Job())->arm(), [], false);
try {
    Timer::add(1, 'no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
(new Workerman\Events\Event())->loop();
?>
--EXPECT--
TypeError: Workerman\Timer::add(): Argument #2 ($func) must be a valid callback, function "no_such_function" not found or invalid function name
null []
two a 2
static [1,[2]]
static []
printf ok
protected p

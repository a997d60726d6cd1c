--TEST--
API profile 5: Worker::$outputStream takes safeEcho/log output, log($msg, $decorated), EventInterface declares 5.x's methods and Events\Event/Select can be subclassed; profile 4's EventInterface has 4.x's add/del/loop
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$code = <<<'PHP'
use Workerman\Worker;
use Workerman\Events\EventInterface;
$methods = array_map(fn ($m) => $m->getName(), (new ReflectionClass(EventInterface::class))->getMethods());
sort($methods);
echo implode(',', $methods), "\n";
class MyLoop extends Workerman\Events\Select { public $tag = 'mine'; }
$loop = new MyLoop();
echo get_class($loop), ' ', $loop instanceof EventInterface ? 'is-loop' : 'not-loop', ' ', $loop->tag, "\n";
if (Worker::VERSION[0] === '5') {
    Worker::$outputStream = fopen('php://memory', 'w+');
    Worker::$logFile = sys_get_temp_dir() . '/wm-api5-' . getmypid() . '.log';
    Worker::safeEcho("<w>echoed</w>\n");
    Worker::log('logged', true);
    rewind(Worker::$outputStream);
    echo json_encode(stream_get_contents(Worker::$outputStream)), ' ', str_contains(file_get_contents(Worker::$logFile), 'logged') ? 'in-log' : 'not-in-log', "\n";
    unlink(Worker::$logFile);
}
PHP;
foreach (['4', '5'] as $api) {
    $p = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "workerman.api=$api", '-r', $code], [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo "$api:\n", stream_get_contents($pipes[1]);
    proc_close($p);
}
?>
--EXPECT--
4:
add,clearAllTimer,del,destroy,getTimerCount,loop
MyLoop is-loop mine
5:
delay,deleteAllTimer,getTimerCount,offDelay,offReadable,offRepeat,offSignal,offWritable,onReadable,onSignal,onWritable,repeat,run,setErrorHandler,stop
MyLoop is-loop mine
"echoed\nlogged\n" in-log

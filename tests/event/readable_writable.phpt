--TEST--
Event: onReadable/offReadable, onWritable/offWritable on a stream_socket_pair, replacement (API profile 5: 5.x methods)
--EXTENSIONS--
workerman
--INI--
workerman.api=5
--FILE--
<?php
use Workerman\Events\Event;

$loop = new Event();
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$writes = 0;
$loop->onWritable($a, function ($stream) use ($loop, $a, &$writes) {
    var_dump($stream === $a);
    fwrite($stream, "ping" . ++$writes);
    if ($writes === 2) {
        var_dump($loop->offWritable($stream), $loop->offWritable($stream));
    }
});
$loop->onReadable($b, function ($stream) { echo "replaced watcher must not run\n"; });
$reads = '';
$same = true;
$loop->onReadable($b, function ($stream) use ($loop, $b, &$reads, &$same) {
    $same = $same && $stream === $b;
    $reads .= fread($stream, 100);
    if (strlen($reads) >= 10) {
        echo $reads, "\n";
        var_dump($same, $loop->offReadable($stream));
    }
});
var_dump($loop->offReadable(STDIN));
$loop->run();
echo "loop ended\n";
try {
    $loop->onReadable("nope", fn () => 1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
ping1ping2
bool(true)
bool(true)
loop ended
Workerman\Events\Event::onReadable(): Argument #1 ($stream) must be an open stream, a Socket or a file descriptor, string given

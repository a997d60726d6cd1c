--TEST--
Event: watchers on a sockets-extension Socket and on a plain file descriptor number (API profile 5: 5.x methods)
--EXTENSIONS--
workerman
sockets
--INI--
workerman.api=5
--FILE--
<?php
use Workerman\Events\Event;

$loop = new Event();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_write($a, "sock");
$loop->onReadable($b, function ($socket) use ($loop, $b) {
    var_dump($socket === $b, socket_read($socket, 10));
    var_dump($loop->offReadable($socket));
});
$loop->run();

// A bare fd number: the one of /proc/self/fd that names $d's socket inode.
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$link = 'socket:[' . fstat($d)['ino'] . ']';
$number = -1;
foreach (scandir('/proc/self/fd') as $n) {
    if (is_numeric($n) && @readlink("/proc/self/fd/$n") === $link) {
        $number = (int)$n;
    }
}
fwrite($c, "fd");
$loop->onReadable($number, function ($fd) use ($loop, $d, $number) {
    var_dump($fd === $number, fread($d, 10));
    var_dump($loop->offReadable($fd));
});
$loop->run();
?>
--EXPECT--
bool(true)
string(4) "sock"
bool(true)
bool(true)
string(2) "fd"
bool(true)

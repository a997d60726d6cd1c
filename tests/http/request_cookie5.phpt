--TEST--
Http\Request::cookie() under profile 5: 5.2.2's split on ';' (names trimmed, values as sent, not url-decoded; pieces without '=' skipped, later names win); uploads carry 'full_path'; header values trim(" \t") and lines without ':' dropped
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip API profile 5 (WM_API=5)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Request;
$r = new Request("GET / HTTP/1.1\r\nHost: h\r\nCookie: a=v%201; b = x ;c; a2=1=2;a=again\r\n\r\n");
echo json_encode($r->cookie()), ' ', json_encode($r->cookie('b')), ' ', json_encode($r->cookie('none', 'd')), "\n";
$b = 'B';
$body = "--$b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--$b--\r\n";
$r = new Request("POST / HTTP/1.1\r\nHost: h\r\nContent-Type: multipart/form-data; boundary=$b\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
$f = $r->file('f');
echo implode(',', array_keys($f)), ' ', $f['full_path'], "\n";
$r = new Request("GET / HTTP/1.1\r\nHost: h\r\nX-A:  v \t\r\nnocolon\r\nX-A: w\r\n\r\n");
echo json_encode($r->header()), "\n";
?>
--EXPECT--
{"a":"again","b":" x ","a2":"1=2"} " x " "d"
name,tmp_name,size,error,full_path,type x.txt
{"host":"h","x-a":"v,w"}

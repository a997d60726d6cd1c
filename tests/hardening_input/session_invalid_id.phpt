--TEST--
Hardening: a session cookie that is not a valid id (../../tmp/x, NUL, spaces, brackets, an array, a bad 5.x length) is no session: session() issues a fresh id with its Set-Cookie line, nothing throws; valid ids are adopted (5.x strips RFC 6265 quotes)
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

class Conn { public $headers = []; }
$dir = sys_get_temp_dir() . '/wm-sess-' . getmypid();
@mkdir($dir);
Session::handlerClass(FileSessionHandler::class, ['save_path' => $dir]);
Session::$name = 'PHPSID';
$five = Workerman\Worker::VERSION[0] === '5';
$cookies = ['../../tmp/x', '..%2F..%2Ftmp%2Fx', 'abc%00def0123456789', 'a b c d e f g h i j', 'x[]=1', '{}0123456789abcdef',
    "\x80\xff0123456789abcdef", 'short', '0123456789abcdef0123456789abcdef', '"0123456789abcdef0123"'];
foreach ($cookies as $v) {
    $r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=$v\r\n\r\n");
    $r->connection = $c = new Conn;
    $id = $r->session()->getId();
    $fresh = (bool)preg_match('/^[0-9a-f]{32}$/', $id) && str_contains(json_encode($c->headers['Set-Cookie'] ?? ''), $id);
    echo json_encode(strtr($v, "%", "~"), JSON_INVALID_UTF8_SUBSTITUTE), ': ', $fresh ? 'fresh id' : 'adopted ' . json_encode($id), "\n";
}
$r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID[]=abc\r\n\r\n");
$r->connection = $c = new Conn;
echo "array: ", preg_match('/^[0-9a-f]{32}$/', $r->session()->getId()) && isset($c->headers['Set-Cookie']) ? 'fresh id' : 'adopted', "\n";
var_dump(glob("$dir/../../tmp/*x*") === [] || !file_exists("$dir/ses_../../tmp/x"));
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
"..\/..\/tmp\/x": fresh id
"..~2F..~2Ftmp~2Fx": fresh id
"abc~00def0123456789": fresh id
"a b c d e f g h i j": fresh id
"x[]=1": fresh id
"{}0123456789abcdef": fresh id
"\ufffd\ufffd0123456789abcdef": fresh id
"short": %s
"0123456789abcdef0123456789abcdef": adopted "0123456789abcdef0123456789abcdef"
"\"0123456789abcdef0123\"": adopted "%S0123456789abcdef0123%S"
array: fresh id
bool(true)

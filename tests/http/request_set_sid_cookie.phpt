--TEST--
Http\Request::setSidCookie() (5.x, protected): queues the session cookie with the given attributes, RuntimeException without a connection; sessionId() and sessionRegenerateId() go through a subclass's own
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip 5.x members: API profile 5 only (WM_API=5)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;

class Conn { public $headers = []; }
class MyRequest extends Request
{
    public function cookieFor(string $sid, array $params): void { $this->setSidCookie('SID', $sid, $params); }
}
class LoggingRequest extends Request
{
    protected function setSidCookie(string $sessionName, string $sid, array $cookieParams): void
    {
        echo "setSidCookie($sessionName, ", strlen($sid), " chars, path ", $cookieParams['path'], ")\n";
        parent::setSidCookie($sessionName, $sid, $cookieParams);
    }
}

$r = new MyRequest("GET / HTTP/1.1\r\n\r\n");
$r->connection = $c = new Conn;
$r->cookieFor('abc', ['domain' => 'x.org', 'lifetime' => 60, 'path' => '/', 'samesite' => 'Strict', 'secure' => true, 'httponly' => false]);
var_dump($c->headers);
$r->connection = null;
try { $r->cookieFor('abc', []); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }

Session::$cookiePath = '/p';
$r = new LoggingRequest("GET / HTTP/1.1\r\n\r\n");
$r->connection = $c = new Conn;
$r->sessionId();
$r->sessionRegenerateId();
$r->sessionId('given-id-0123456789');
var_dump(count($c->headers['Set-Cookie']), str_starts_with($c->headers['Set-Cookie'][0], 'PHPSID=given-id-0123456789; '));
?>
--EXPECT--
array(1) {
  ["Set-Cookie"]=>
  array(1) {
    [0]=>
    string(66) "SID=abc; Domain=x.org; Max-Age=60; Path=/; SameSite=Strict; Secure"
  }
}
Request->setSidCookie() fail, header already send
setSidCookie(PHPSID, 32 chars, path /p)
setSidCookie(PHPSID, 32 chars, path /p)
setSidCookie(PHPSID, 19 chars, path /p)
int(1)
bool(true)

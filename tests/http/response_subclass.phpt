--TEST--
Http\Response subclasses: 4.x protected properties, overridden __toString/createHeadForFile, statics
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip pins 5.x reply bytes (no Server line; profile 4 adds it: tests/http/profile4_bytes.phpt)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Response;
class MyResponse extends Response {
    public function __construct($status = 200, $headers = [], $body = '') {
        parent::__construct($status, $headers, $body);
        $this->_header['X-Powered-By'] = 'me';
    }
    public function json($data) {
        $this->_header['Content-Type'] = 'application/json';
        $this->_body = json_encode($data);
        $this->_status = 201;
        return $this;
    }
    public function dump() { return [$this->_header, $this->_status, $this->_reason, $this->_version, $this->_body]; }
    public static function phrase($code) { return static::$_phrases[$code] ?? null; }
    public static function mime($ext) { return self::$_mimeTypeMap[$ext] ?? null; }
    public static function setPhrase($code, $text) { static::$_phrases[$code] = $text; }
}
class Wrapped extends Response {
    public function __toString(): string { return '[' . parent::__toString() . ']'; }
}
class FileHead extends Response {
    protected function createHeadForFile($file_info) { return 'HEAD:' . basename($file_info['file']); }
}
$r = (new MyResponse())->json(['a' => 1]);
echo str_replace("\r\n", '|', (string)$r), "\n";
var_dump($r->dump());
$r->withHeaders(['X-Powered-By' => 'you']);
echo str_replace("\r\n", '|', (string)$r), "\n";
echo json_encode(MyResponse::phrase(418)), ' ', MyResponse::mime('css'), ' ', MyResponse::mime('png'), "\n";
MyResponse::setPhrase(299, 'Custom');
echo str_replace("\r\n", '|', (string)new Response(299)), "\n";
echo str_replace("\r\n", '|', (string)new Wrapped(204)), "\n";
echo str_replace("\r\n", '|', 'x' . new Wrapped(204)), "\n";
echo (string)(new FileHead())->withFile(__FILE__), "\n";
Response::init();
echo MyResponse::mime('jpg'), "\n";
$x = new Response(200, ['A' => 'b']);
$y = clone $x;
$y->header('A', 'c');
echo $x->getHeader('A'), $y->getHeader('A'), "\n";
--EXPECT--
HTTP/1.1 201 Created|X-Powered-By: me|Content-Type: application/json|Connection: keep-alive|Content-Length: 7||{"a":1}
array(5) {
  [0]=>
  array(2) {
    ["X-Powered-By"]=>
    string(2) "me"
    ["Content-Type"]=>
    string(16) "application/json"
  }
  [1]=>
  int(201)
  [2]=>
  NULL
  [3]=>
  string(3) "1.1"
  [4]=>
  string(7) "{"a":1}"
}
HTTP/1.1 201 Created|X-Powered-By: me|X-Powered-By: you|Content-Type: application/json|Connection: keep-alive|Content-Length: 7||{"a":1}
"I'm a teapot" text/css image/png
HTTP/1.1 299 Custom|Content-Type: text/html;charset=utf-8|Content-Length: 0|Connection: keep-alive||
[HTTP/1.1 204 No Content|Content-Type: text/html;charset=utf-8|Content-Length: 0|Connection: keep-alive||]
x[HTTP/1.1 204 No Content|Content-Type: text/html;charset=utf-8|Content-Length: 0|Connection: keep-alive||]
HEAD:response_subclass.php
image/jpeg
bc

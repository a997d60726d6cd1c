--TEST--
Http\Request getters as 4.2.1: request line, path/queryString, headers (lower-case keys, repeats joined by ','), host with and without port, cookies and query strings through parse_str, raw head/body/buffer, defaults
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '4') die('skip 4.2.1 semantics (cookies url-decoded, no full_path): profile 5 is checked against 5.2.2 by tests/differential/http_app5.phpt'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Request;

$raw = "GET /shop/item.php?id=7&tags[]=a&tags[]=b&q=%E4%B8%AD+x&k[a][b]=1 HTTP/1.1\r\n"
     . "Host: example.com:8080\r\n"
     . "X-Multi: one\r\n"
     . "x-multi:  two \r\n"
     . "Cookie: sid=abc; theme=dark;lang=en; arr[]=1; arr[]=2; enc=%41%20b\r\n"
     . "Flag\r\n"
     . "404: numeric\r\n"
     . "\r\n";
$r = new Request($raw);
var_dump($r->method(), $r->uri(), $r->path(), $r->queryString(), $r->protocolVersion());
var_dump($r->host(), $r->host(true), $r->host(false));
var_dump($r->header('X-MULTI'), $r->header('host'), $r->header('flag'), $r->header(404), $r->header('none'), $r->header('none', 'dflt'));
var_export($r->header()); echo "\n";
var_export($r->get()); echo "\n";
var_dump($r->get('id'), $r->get('missing'), $r->get('missing', 5), $r->get('k')['a']['b']);
var_export($r->cookie()); echo "\n";
var_dump($r->cookie('theme'), $r->cookie('nope', 'd'));
var_dump($r->post(), $r->post('x', 'd'), $r->file(), $r->file('x'));
var_dump($r->rawHead() === substr($raw, 0, -4), $r->rawBody(), $r->rawBuffer() === $raw, (string)$r === $raw);
// memoised: the same value again, also after other calls
var_dump($r->path() === $r->path(), $r->get() === $r->get(), $r->method());

echo "-- HTTP/1.0, no headers, body --\n";
$r = new Request("POST /a HTTP/1.0\r\n\r\nbody bytes");
var_dump($r->protocolVersion(), $r->header(), $r->host(), $r->host(true), $r->rawHead(), $r->rawBody(), $r->path(), $r->queryString(), $r->get());

echo "-- host forms --\n";
foreach (['h', 'h:1', 'h:12345', 'h:123456', ':80', '[::1]:8080', '0', 'a:b:80', 'a:80 '] as $host) {
    $r = new Request("GET / HTTP/1.1\r\nHost: $host\r\n\r\n");
    echo json_encode([$host, $r->host(), $r->host(true)]), "\n";
}

echo "-- uri forms --\n";
foreach (['/', '/a?', '/a?b=1#f', '/a#f?b=1', '//h/p?x', '/p:1', '/a:b?c', 'http://h/p?q', '*'] as $uri) {
    $r = new Request("GET $uri HTTP/1.1\r\n\r\n");
    echo json_encode([$uri, $r->uri(), $r->path(), $r->queryString()]), "\n";
}
--EXPECT--
string(3) "GET"
string(61) "/shop/item.php?id=7&tags[]=a&tags[]=b&q=%E4%B8%AD+x&k[a][b]=1"
string(14) "/shop/item.php"
string(46) "id=7&tags[]=a&tags[]=b&q=%E4%B8%AD+x&k[a][b]=1"
string(3) "1.1"
string(16) "example.com:8080"
string(11) "example.com"
string(16) "example.com:8080"
string(8) "one,two "
string(16) "example.com:8080"
string(0) ""
string(7) "numeric"
NULL
string(4) "dflt"
array (
  'host' => 'example.com:8080',
  'x-multi' => 'one,two ',
  'cookie' => 'sid=abc; theme=dark;lang=en; arr[]=1; arr[]=2; enc=%41%20b',
  'flag' => '',
  404 => 'numeric',
)
array (
  'id' => '7',
  'tags' => 
  array (
    0 => 'a',
    1 => 'b',
  ),
  'q' => '中 x',
  'k' => 
  array (
    'a' => 
    array (
      'b' => '1',
    ),
  ),
)
string(1) "7"
NULL
int(5)
string(1) "1"
array (
  'sid' => 'abc',
  'theme' => 'dark',
  'lang' => 'en',
  'arr' => 
  array (
    0 => '1',
    1 => '2',
  ),
  'enc' => 'A b',
)
string(4) "dark"
string(1) "d"
array(0) {
}
string(1) "d"
array(0) {
}
NULL
bool(true)
string(0) ""
bool(true)
bool(true)
bool(true)
bool(true)
string(3) "GET"
-- HTTP/1.0, no headers, body --
string(3) "1.0"
array(0) {
}
NULL
NULL
string(16) "POST /a HTTP/1.0"
string(10) "body bytes"
string(2) "/a"
string(0) ""
array(0) {
}
-- host forms --
["h","h","h"]
["h:1","h:1","h"]
["h:12345","h:12345","h"]
["h:123456","h:123456","h:123456"]
[":80",":80",""]
["[::1]:8080","[::1]:8080","[::1]"]
["0","0","0"]
["a:b:80","a:b:80","a:b"]
["a:80 ","a:80 ","a:80 "]
-- uri forms --
["\/","\/","\/",""]
["\/a?","\/a?","\/a",""]
["\/a?b=1#f","\/a?b=1#f","\/a","b=1"]
["\/a#f?b=1","\/a#f?b=1","\/a",""]
["\/\/h\/p?x","\/\/h\/p?x","\/p","x"]
["\/p:1","\/p:1","",""]
["\/a:b?c","\/a:b?c","\/a:b","c"]
["http:\/\/h\/p?q","http:\/\/h\/p?q","\/p","q"]
["*","*","*",""]

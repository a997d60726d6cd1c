--TEST--
Hardening: CR, LF and NUL in a header name or value refused with an InvalidArgumentException naming the header (Response constructor, header(), withHeader(s), cookie() attributes, reason phrase, SSE event/id/retry); cookie values keep their URL encoding; SSE data split on CR too
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\ServerSentEvents;

function attempt(string $what, callable $f): void
{
    try {
        $s = (string)$f(); // SSE fields are checked when written
        echo "$what: accepted ", json_encode(preg_replace('/^Server: workerman\r\n/m', '', $s)), "\n";
    } catch (InvalidArgumentException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
attempt('constructor CRLF', fn() => new Response(200, ['X-A' => "a\r\nSet-Cookie: evil=1"]));
attempt('constructor LF', fn() => new Response(200, ['X-A' => "a\nb"]));
attempt('constructor CR', fn() => new Response(200, ['X-A' => "a\rb"]));
attempt('constructor NUL in a list item', fn() => new Response(200, ['X-A' => ['ok', "b\0"]]));
attempt('constructor bad name', fn() => new Response(200, ["X-A\r\nX-Evil" => '1']));
attempt('withHeader', fn() => (new Response())->withHeader('X-B', "x\r\n\r\n<script>"));
attempt('header', fn() => (new Response())->header('X-C', "x\0"));
attempt('withHeaders', fn() => (new Response())->withHeaders(['X-Ok' => 'fine', 'X-D' => "1\n"]));
attempt('object value', fn() => new Response(200, ['X-E' => new class { function __toString(): string { return "o\r\nX: y"; } }]));
attempt('cookie value', fn() => (new Response())->cookie('sid', "a\r\nb"));
attempt('cookie path', fn() => (new Response())->cookie('sid', 'v', null, "/\r\nX-Evil: 1"));
attempt('cookie domain', fn() => (new Response())->cookie('sid', 'v', null, '/', "a\nb"));
attempt('cookie name', fn() => (new Response())->cookie("s\r\nid", 'v'));
attempt('reason phrase', fn() => (new Response())->withStatus(200, "OK\r\nX-Evil: 1"));
attempt('sse event', fn() => new ServerSentEvents(['event' => "a\nevent: b", 'data' => 'x']));
attempt('sse id', fn() => new ServerSentEvents(['id' => "1\r2", 'data' => 'x']));
attempt('sse data', fn() => new ServerSentEvents(['data' => "a\rb\r\nc\nd"]));
attempt('valid', fn() => (new Response(200, ['X-A' => 'a: b', 'X-N' => 7, 'X-L' => ['1', '2']], 'body'))
    ->withHeader('X-Tab', "a\tb")->cookie('c', "v\r\n;"));
?>
--EXPECT--
constructor CRLF: Header 'X-A' may not contain more than a single header, new line detected
constructor LF: Header 'X-A' may not contain more than a single header, new line detected
constructor CR: Header 'X-A' may not contain more than a single header, new line detected
constructor NUL in a list item: Header 'X-A' may not contain NUL bytes
constructor bad name: Header name 'X-A\r\nX-Evil' may not contain more than a single header, new line detected
withHeader: Header 'X-B' may not contain more than a single header, new line detected
header: Header 'X-C' may not contain NUL bytes
withHeaders: Header 'X-D' may not contain more than a single header, new line detected
object value: Header 'X-E' may not contain more than a single header, new line detected
cookie value: accepted "HTTP\/1.1 200 OK\r\nSet-Cookie: sid=a%0D%0Ab\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
cookie path: Cookie 'sid' may not contain more than a single header, new line detected
cookie domain: Cookie 'sid' may not contain more than a single header, new line detected
cookie name: Cookie 's\r\nid' may not contain more than a single header, new line detected
reason phrase: Reason phrase 'OK\r\nX-Evil: 1' may not contain more than a single header, new line detected
sse event: ServerSentEvents field 'event' may not contain more than a single header, new line detected
sse id: ServerSentEvents field 'id' may not contain more than a single header, new line detected
sse data: accepted "data: a\ndata: b\ndata: c\ndata: d\n\n"
valid: accepted "HTTP\/1.1 200 OK\r\nX-A: a: b\r\nX-N: 7\r\nX-L: 1\r\nX-L: 2\r\nX-Tab: a\tb\r\nSet-Cookie: c=v%0D%0A%3B\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nbody"

<?php
// Fixture of tests/webman2/run.sh: a route middleware that rewrites the request's input with
// webman's setGet/setPost/setHeader before the action reads it.

namespace app\middleware;

use Webman\Http\Request;
use Webman\Http\Response;
use Webman\MiddlewareInterface;

class InjectInput implements MiddlewareInterface
{
    public function process(Request $request, callable $handler): Response
    {
        $request->setGet('injected', 'by-middleware');
        $request->setPost('p2', 'posted-by-middleware');
        $request->setHeader('x-injected', 'header-by-middleware');
        return $handler($request);
    }
}

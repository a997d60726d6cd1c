<?php
// Fixture of tests/webman2/run.sh: a middleware bound to one route; it also sees the request
// before the action (the header it reads comes from the client).

namespace app\middleware;

use Webman\Http\Request;
use Webman\Http\Response;
use Webman\MiddlewareInterface;

class RouteHeader implements MiddlewareInterface
{
    public function process(Request $request, callable $handler): Response
    {
        $response = $handler($request);
        return $response->withHeader('X-Route-Mw', 'seen:' . $request->header('x-probe', '-'));
    }
}

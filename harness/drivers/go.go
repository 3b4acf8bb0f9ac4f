// grind's Go driver: the node types as on LeetCode, and reading/writing the canonical
// JSON encoding. grind builds it with the candidate's file (same package main) and a
// main() generated from the problem's signature. Everything here is named grind*.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"strconv"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

var grindLines [][]byte
var grindCurrent int

func grindFail(what string) {
	fmt.Fprintf(os.Stderr, "grind driver: line %d: %s\n", grindCurrent+1, what)
	os.Exit(3)
}

// grindBegin reads the whole input: one JSON value per parameter, one per line.
func grindBegin(params int) {
	all, err := io.ReadAll(bufio.NewReader(os.Stdin))
	if err != nil {
		grindFail("cannot read the input")
	}
	lines := bytes.Split(all, []byte("\n"))
	if len(lines) < params {
		grindFail(fmt.Sprintf("expected %d lines of input", params))
	}
	grindLines = lines[:params]
}

// grindArg decodes line i, keeping numbers exact.
func grindArg(i int) interface{} {
	grindCurrent = i
	d := json.NewDecoder(bytes.NewReader(grindLines[i]))
	d.UseNumber()
	var v interface{}
	if err := d.Decode(&v); err != nil {
		grindFail("not JSON: " + err.Error())
	}
	return v
}

func grindInt64(v interface{}) int64 {
	n, ok := v.(json.Number)
	if !ok {
		grindFail("expected an integer")
	}
	x, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		grindFail("expected a 64-bit integer, found " + string(n))
	}
	return x
}

func grindInt(v interface{}) int {
	x := grindInt64(v)
	if x < math.MinInt32 || x > math.MaxInt32 {
		grindFail("integer out of range")
	}
	return int(x)
}

func grindFloat64(v interface{}) float64 {
	n, ok := v.(json.Number)
	if !ok {
		grindFail("expected a number")
	}
	x, err := n.Float64()
	if err != nil {
		grindFail("bad number " + string(n))
	}
	return x
}

func grindBool(v interface{}) bool {
	b, ok := v.(bool)
	if !ok {
		grindFail("expected true or false")
	}
	return b
}

func grindString(v interface{}) string {
	s, ok := v.(string)
	if !ok {
		grindFail("expected a string")
	}
	return s
}

func grindByte(v interface{}) byte {
	s := grindString(v)
	if len(s) != 1 {
		grindFail("expected one character")
	}
	return s[0]
}

func grindSlice[T any](v interface{}, f func(interface{}) T) []T {
	items, ok := v.([]interface{})
	if !ok {
		grindFail("expected an array")
	}
	out := make([]T, len(items))
	for i, x := range items {
		out[i] = f(x)
	}
	return out
}

func grindSlice2[T any](v interface{}, f func(interface{}) T) [][]T {
	return grindSlice(v, func(x interface{}) []T { return grindSlice(x, f) })
}

// grindItems is a JSON array's elements: a design problem's operations and arguments.
func grindItems(v interface{}) []interface{} {
	a, ok := v.([]interface{})
	if !ok {
		grindFail("expected an array")
	}
	return a
}

func grindList(v interface{}) *ListNode {
	vals := grindSlice(v, grindInt)
	var head *ListNode
	for i := len(vals) - 1; i >= 0; i-- {
		head = &ListNode{Val: vals[i], Next: head}
	}
	return head
}

func grindTree(v interface{}) *TreeNode {
	items, ok := v.([]interface{})
	if !ok {
		grindFail("expected an array")
	}
	nodes := make([]*TreeNode, len(items))
	for i, x := range items {
		if x != nil {
			nodes[i] = &TreeNode{Val: grindInt(x)}
		}
	}
	// Level order: each present node takes the next two slots as its children.
	slot := 1
	for i := 0; i < len(nodes) && slot < len(nodes); i++ {
		if nodes[i] == nil {
			continue
		}
		nodes[i].Left = nodes[slot]
		slot++
		if slot < len(nodes) {
			nodes[i].Right = nodes[slot]
			slot++
		}
	}
	if len(nodes) == 0 {
		return nil
	}
	return nodes[0]
}

func grindWrite(out *bytes.Buffer, v reflect.Value) {
	switch x := v.Interface().(type) {
	case *ListNode:
		out.WriteByte('[')
		for n := 0; x != nil; x, n = x.Next, n+1 {
			if n > 0 {
				out.WriteByte(',')
			}
			if n > 10000000 {
				grindFail("the returned list has a cycle")
			}
			out.WriteString(strconv.Itoa(x.Val))
		}
		out.WriteByte(']')
		return
	case *TreeNode:
		var order []*TreeNode
		if x != nil {
			order = append(order, x)
		}
		for i := 0; i < len(order); i++ {
			if order[i] != nil {
				if len(order) > 20000000 {
					grindFail("the returned tree has a cycle")
				}
				order = append(order, order[i].Left, order[i].Right)
			}
		}
		for len(order) > 0 && order[len(order)-1] == nil {
			order = order[:len(order)-1]
		}
		out.WriteByte('[')
		for i, n := range order {
			if i > 0 {
				out.WriteByte(',')
			}
			if n == nil {
				out.WriteString("null")
			} else {
				out.WriteString(strconv.Itoa(n.Val))
			}
		}
		out.WriteByte(']')
		return
	}
	switch v.Kind() {
	case reflect.Interface: // a design problem's list of results; nil for no result
		if v.IsNil() {
			out.WriteString("null")
		} else {
			grindWrite(out, v.Elem())
		}
	case reflect.Slice:
		out.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				out.WriteByte(',')
			}
			grindWrite(out, v.Index(i))
		}
		out.WriteByte(']')
	case reflect.Uint8:
		grindWrite(out, reflect.ValueOf(string([]byte{byte(v.Uint())})))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		out.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Float32, reflect.Float64:
		out.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Bool:
		out.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.String:
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.Encode(v.String())
		out.Truncate(out.Len() - 1) // Encode ends with a newline
	default:
		grindFail("cannot encode a " + v.Type().String())
	}
}

// grindPut writes the result to descriptor 3, which grind opens; the candidate's own
// prints go to stdout and are shown apart. Without descriptor 3 (run by hand), to stdout.
func grindPut(result interface{}) {
	var out bytes.Buffer
	grindWrite(&out, reflect.ValueOf(result))
	out.WriteByte('\n')
	if _, err := os.NewFile(3, "result").Write(out.Bytes()); err != nil {
		os.Stdout.Write(out.Bytes())
	}
}

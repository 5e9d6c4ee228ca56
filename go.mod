module github.com/annals/annals

go 1.26.8

require (
	github.com/cayleygraph/cayley v0.7.7-0.20240706181042-81dcd7d73e45 // indirect
	github.com/cayleygraph/quad v1.3.0 // indirect
	github.com/dominikbraun/graph v0.23.0 // indirect
	github.com/emicklei/dot v1.6.2 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/piprate/json-gold v0.5.0 // indirect
	github.com/spf13/cobra v1.10.2 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
	go.etcd.io/bbolt v1.3.10 // indirect
	golang.org/x/sys v0.22.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

package main

const defaultBase = "urn:annals:"
